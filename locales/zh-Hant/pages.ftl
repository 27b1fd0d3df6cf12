## Talk to Us: the start page, confirmation, published pages and problem pages.

## Start page

start-title = 與我們溝通
start-intro =
    向 { $landlord } 反映問題、提出要求，或表達謝意。
    大約需要10分鐘。提交之前，您可以更改答案。
start-promise-title = 我們的承諾
start-promises =
    在每一個步驟，我們都會按您選擇的方式，讓您知道最新情況。
    我們會清楚解釋我們會怎樣處理。
    我們會在承諾的時間內完成。
    我們會盡力把事情糾正過來。
start-choose-title = 您想做甚麼？
start-complaint-link = 告訴我們出了問題
start-complaint-description = 就我們的服務、職員或為我們工作的人作出投訴。
start-enquiry-link = 提出問題或要求服務
start-enquiry-description = 例如報告需要維修，或索取資料。
start-compliment-link = 表達謝意
start-compliment-description = 有人或團隊做得好時，請告訴我們。
start-format-link = 索取其他格式或語言版本
start-format-description = 索取大字體、點字、錄音、易讀版或其他語言的信件或政策。
start-behalf-title = 代其他人聯絡我們
start-behalf = 其他人可以代您辦理。例如家人、朋友、獨立倡導者（協助您表達意見的人，不是律師）、支援人員、您的國會議員或地方議員。我們會問他們，您是怎樣同意的。
start-other-ways-title = 其他聯絡方法
start-more-title = 更多資料
start-formats-title = 其他語言和格式
start-formats = 本網站有英文、孟加拉文、印地文、烏爾都文、中文和波蘭文版本。請在頁面頂部選擇。我們可以用大字體、點字、錄音或易讀版寄信給您。

## Housing Ombudsman and contact details

ombudsman-title = 房屋申訴專員（Housing Ombudsman）
ombudsman-intro = 房屋申訴專員（Housing Ombudsman）隨時可以給您免費意見。在我們的程序完結後，他們可以審視您的投訴。
contact-phone = 電話：
contact-email = 電郵：
contact-website = 網站：
contact-post = 郵寄：
contact-in-person = 親身前往我們任何一個辦事處。

## Confirmation

confirmation-title-complaint = 投訴已提交
confirmation-title-service-request = 要求已提交
confirmation-title-formal-enquiry = 查詢已提交
confirmation-title-compliment = 感謝已提交
confirmation-title-format-request = 要求已提交
confirmation-reference = 您的參考編號是
confirmation-received = 我們於 { $received } 收到。
confirmation-keep-reference = 請保存您的參考編號。就這件事聯絡我們時，請提供這個編號。
confirmation-emailing = 我們正把一份副本電郵到 { $email }。如一小時內仍未收到，請查看垃圾郵件資料夾，或致電我們。
confirmation-next-title = 接下來會怎樣
confirmation-next-complaint =
    我們會在 { $date } 或之前聯絡您，確認已收到您的投訴。我們會確定自己明白您的投訴，以及您希望我們怎樣做。
    之後，我們會在 { $later } 個工作天內給您完整的回覆。
    如果我們需要更多時間，會告訴您原因，以及您會在甚麼時候收到我們的消息。
confirmation-next-service-request =
    我們會在 { $date } 或之前就您的要求聯絡您。
    如果您不滿意我們的處理方式，可以作出投訴。
confirmation-next-formal-enquiry =
    我們會在 { $date } 或之前回覆。
    即是在 { $days } 個工作天內。
confirmation-next-compliment =
    多謝您。我們會在 { $date } 或之前轉達您的謝意。
confirmation-next-format-request =
    我們會在 { $date } 或之前聯絡您作出安排。
confirmation-questions = 如果您有問題，或想補充資料，請致電 { $phone }，並提供您的參考編號。
confirmation-record-title = 保留副本
confirmation-record-link = 查看您提交內容的副本，以便列印或儲存
confirmation-home-link = 返回開始頁面

record-title = 您提交給我們的內容
record-received = 我們收到的日期
record-print-hint = 如要保留副本，請使用瀏覽器的「列印」或「儲存」功能。

## Our policy

policy-title = 我們的「與我們溝通」政策
policy-intro =
    這是 { $landlord } 處理投訴、查詢和讚賞的方式。
    我們遵守房屋申訴專員（Housing Ombudsman）的《投訴處理守則》。
    我們計算工作天時，只計星期一至星期五，不計銀行假期。
policy-what-title = 甚麼是投訴？
policy-what =
    當您告訴我們，您不滿意我們的服務、職員或為我們工作的人，這就是投訴。
    您不需要用「投訴」這個詞。您可以用任何方式投訴：網上、電話、信件、電郵或親身前來。
    如果您是第一次要求某項服務，我們會把它當作服務要求處理。如果您不滿意我們的處理方式，可以作出投訴。
policy-stage-one-title = 第1階段
policy-stage-one =
    我們會在 { $ack } 個工作天內告訴您，我們已收到您的投訴。
    我們會說明我們對您投訴的理解，以及您希望我們怎樣做。
    之後，我們會在 { $stage1 } 個工作天內給您完整的回覆。
    如果我們需要更多時間，會告訴您原因。延長的時間不會超過 { $stage1ext } 個工作天。
policy-stage-two-title = 第2階段
policy-stage-two =
    如果您不滿意我們的回覆，可以要求我們重新審視。請在我們回覆後 { $window } 個工作天內提出。您不需要說明原因。
    我們會由另一位職員處理。我們會在 { $ack2 } 個工作天內告訴您，我們已收到您的要求。
    之後，我們會在 { $stage2 } 個工作天內給您最終回覆。如果我們需要更多時間，會告訴您原因。延長的時間不會超過 { $stage2ext } 個工作天。
    投訴程序只有2個階段。
policy-other-title = 查詢和讚賞
policy-other =
    如果您的國會議員、地方議員、董事會成員或獨立倡導者代您聯絡我們，我們會在 { $enquiry } 個工作天內回覆。
    如果您想表達謝意，我們會在 { $compliment } 個工作天內轉達。
policy-not-accepted-title = 我們可能不接受投訴的情況
policy-not-accepted-intro = 大部分投訴我們都會接受。但在以下情況，我們可能不接受：
policy-not-accepted-rights = 如果我們不接受您的投訴，會寫信告訴您原因。您可以要求房屋申訴專員（Housing Ombudsman）審視我們的決定。
exclusion-older-than-time-limit = 問題發生或您發現問題已經超過12個月。我們仍然可能會處理。
exclusion-first-service-request = 這是您第一次要求某項服務
exclusion-legal-proceedings = 這件事是法庭案件的一部分
exclusion-already-considered = 我們已在之前的投訴中處理過這件事
exclusion-other-policy-appeal = 這是對某項決定的上訴，而該決定有自己的上訴程序
exclusion-insurance-or-injury-claim = 這是保險索償或人身傷害索償
exclusion-staff-matter = 這涉及職員的僱傭事宜
policy-help-title = 幫助和支援
policy-help =
    其他人可以代您投訴，例如家人、朋友、獨立倡導者（協助您表達意見的人，不是律師）或您的國會議員。
    如果您需要幫助才能與我們溝通，請告訴我們。例如其他語言、大字體，或在您方便前往的地方見面。
policy-ombudsman-when = 您可以隨時向房屋申訴專員（Housing Ombudsman）徵詢意見。在我們作出第2階段回覆後，您可以要求他們審視您的投訴。

## Accessibility statement

accessibility-title = 無障礙聲明
accessibility-intro = { $landlord } 希望盡量多人能夠使用本網站。
accessibility-how-title = 您可以怎樣使用本網站
accessibility-how =
    您可以使用鍵盤、屏幕閱讀器、語音軟件或屏幕放大鏡。
    您可以把頁面放大至400%，文字仍然會配合屏幕顯示。
    即使沒有 JavaScript，或使用小型手機，本網站都可以正常運作。
    您可以放大文字和更改顏色。請使用每頁底部的連結。
    本網站有英文、孟加拉文、印地文、烏爾都文、中文和波蘭文版本。
accessibility-formats-title = 其他格式
accessibility-formats = 如果您需要大字體、點字、錄音、易讀版或其他語言的資料，請致電 { $phone } 或發電郵至 { $email }。
accessibility-compliance-title = 本網站的無障礙程度
accessibility-compliance = 我們的目標是符合《無障礙網頁內容指引》（Web Content Accessibility Guidelines）2.2版 AA 級標準。我們會用自動檢測和人手檢查測試每一頁。
accessibility-problems-title = 告訴我們遇到的問題
accessibility-problems = 如果本網站有任何部分您無法使用，請致電 { $phone } 或發電郵至 { $email }。我們會用其他方式幫助您，並修正問題。
accessibility-enforcement-title = 如果您不滿意我們的回覆
accessibility-enforcement = 平等及人權委員會（Equality and Human Rights Commission）負責確保公共機構遵守無障礙規定。如果您不滿意我們的回覆，請聯絡平等諮詢及支援服務（Equality Advisory and Support Service）。

## Privacy notice

privacy-title = 私隱聲明
privacy-intro = 這份聲明告訴您，{ $landlord } 會怎樣處理您在這裏提供的資料。
privacy-what-title = 我們會保存甚麼資料
privacy-what =
    您告訴我們的內容：您的姓名和聯絡資料、發生了甚麼事，以及您希望我們怎樣做。
    如果有人代您聯絡我們：他們的姓名和聯絡資料，以及您是怎樣同意的。
    您要求的任何幫助，以及您選擇告訴我們的任何殘疾或健康狀況。
privacy-why-title = 我們為甚麼保存這些資料
privacy-why = 我們用這些資料來處理您提交的內容、讓您知道最新情況，以及從投訴中學習改進。法律容許我們這樣做，以便管理我們的房屋，並符合房屋申訴專員（Housing Ombudsman）的守則。
privacy-sharing-title = 我們會與誰分享
privacy-sharing = 我們只會與需要用這些資料來幫助您的職員分享。如果您要求房屋申訴專員（Housing Ombudsman）審視您的投訴，我們可能會與他們分享。我們絕不會出售這些資料。
privacy-keeping-title = 我們會保存多久
privacy-keeping =
    如果您開始填寫表格但沒有提交，我們會在7天後刪除您的答案。
    投訴和查詢結案後，我們會保存6年，然後刪除。
privacy-cookies-title = Cookie（小型文字檔案）
privacy-cookies = 我們使用一個 Cookie 在您填寫表格時保存您的答案，一個記住您選擇的語言，另一個記住您的文字大小和顏色。我們不會用 Cookie 追蹤您。
privacy-rights-title = 您的權利
privacy-rights = 您可以要求查看我們保存的您的資料，或要求我們更正。請發電郵至 { $email }。您也可以向資訊專員辦公室（Information Commissioner's Office）投訴。

## Display settings

display-title = 文字大小和顏色
display-intro = 請選擇您覺得最容易閱讀的設定。我們會在這部裝置上記住您的選擇。
display-saved = 您的設定已儲存。
display-return = 返回剛才的頁面
field-text-size-label = 文字大小
option-text-size-standard = 標準
option-text-size-large = 大
option-text-size-very-large = 特大
field-contrast-label = 顏色
option-contrast-standard = 標準
option-contrast-high = 高對比度（黑白）

## Problem pages

problem-not-found-title = 找不到網頁
problem-not-found = 請檢查網址是否正確。如果您是貼上網址的，請檢查是否已複製整個網址。
problem-server-title = 對不起，出現了問題
problem-server = 我們暫時未能完成這項操作。您之前提交的內容是安全的。請過幾分鐘再試。
problem-forbidden-title = 我們未能接受這份表格
problem-forbidden = 這份表格並非來自本網站。請返回開始頁面再試。
problem-too-large-title = 內容太長，無法提交
problem-too-large = 您提交的內容超過我們一次可以接收的上限。請返回，把答案縮短，然後再試。
problem-bad-encoding-title = 我們無法讀取這份表格
problem-bad-encoding = 部分文字無法讀取。請返回再輸入一次。
problem-expired-title = 您的網頁已逾時
problem-expired = 為保障您的答案安全，網頁在一段時間後會逾時。請返回，重新載入網頁，然後再試。
problem-contact = 您也可以致電 { $phone } 或發電郵至 { $email } 聯絡我們。
problem-home-link = 前往開始頁面
problem-too-many-title = 請稍等一分鐘
problem-too-many = 您的網絡連線在短時間內提交了很多表格。請等一分鐘，然後返回再按一次按鈕。您的答案是安全的。
problem-method-title = 這個頁面不能這樣做
problem-method = 這個頁面不能接受這種要求。請回到開始頁面再試一次。
