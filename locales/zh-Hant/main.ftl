## Talk to Us: the frame of every page, the question pages and their messages.
## Plain English: short sentences, everyday words. Keys say where they are used.

service-name = 與我們溝通
error-title-prefix = 錯誤：
skip-link = 跳到主要內容
language-nav-label = 選擇語言
back-link = 返回
footer-heading = 支援連結
footer-policy = 我們的「與我們溝通」政策
footer-accessibility = 無障礙聲明
footer-privacy = 私隱聲明
footer-display = 更改文字大小和顏色
footer-phone = 電話：
footer-email = 電郵：

## Parts of every form

error-summary-title = 出現問題
error-prefix = 錯誤：
notification-success-title = 成功
label-optional = （選填）
button-continue = 繼續
button-send = 提交
button-save = 儲存
date-day = 日
date-month = 月
date-year = 年
answer-not-given = 未有提供
change-link = 更改
change-link-label = 更改您對這個問題的答案：{ $question }

## Who is getting in touch

step-who-title = 您是為誰聯絡我們？
option-who-myself = 為自己
option-who-someone-else = 為其他人
option-who-someone-else-hint = 例如家人、朋友，或您支援的人。
option-who-official = 以國會議員、地方議員或董事會成員的身份
error-who-required = 請選擇您是為誰聯絡我們

step-representative-title = 您的資料
step-representative-intro =
    您可以代其他人聯絡我們。我們需要知道您是誰。
    我們會在下一頁問您，對方是怎樣同意由您代為聯絡的。
field-rep-role-label = 您和對方是甚麼關係？
option-rep-role-family-friend = 我是對方的家人或朋友
option-rep-role-advocate = 我是獨立倡導者
option-rep-role-support-worker = 我是支援人員或照顧者
option-rep-role-solicitor = 我是律師
option-rep-role-other = 其他
error-rep-role-required = 請選擇您和對方的關係
field-rep-name-label = 您的全名
error-rep-name-required = 請輸入您的全名
field-rep-organisation-label = 您的機構
field-rep-organisation-hint = 例如您工作的慈善機構或辦事處。
field-rep-email-label = 您的電郵地址
field-rep-phone-label = 您的電話號碼
error-rep-contact-required = 請提供您的電郵地址或電話號碼

step-official-title = 您的資料
step-official-intro =
    多謝您代住戶聯絡我們。
    我們會把這當作正式查詢處理，並會在政策訂明的時間內回覆您。
field-official-role-label = 您的職位是甚麼？
option-official-role-mp = 國會議員（MP）
option-official-role-councillor = 地方議員
option-official-role-board-member = 董事會成員
error-official-role-required = 請選擇您的職位

step-consent-title = 對方的同意
field-consent-label = 對方是怎樣同意由您聯絡我們的？
field-consent-hint = 我們需要知道對方願意由您代表他們。
option-consent-written = 對方給了我書面同意
option-consent-verbal = 對方親口告訴我他們同意，而且知道我正在聯絡你們
option-consent-legal-authority = 我持有授權書，或有其他法律權利代表對方
option-consent-constituent = 對方請我以國會議員或地方議員的身份幫忙
error-consent-required = 請選擇對方是怎樣同意由您聯絡我們的
field-send-to-label = 我們應該把信件和最新消息寄給誰？
option-send-to-customer = 寄給對方
option-send-to-representative = 寄給我
option-send-to-both = 寄給我們雙方
error-send-to-required = 請選擇我們應該把信件和最新消息寄給誰

## The customer

step-customer-title = 您的資料
step-customer-title-behalf = 對方的資料
field-customer-name-label = 您的全名
field-customer-name-label-behalf = 對方的全名
error-customer-name-required = 請輸入全名
field-customer-address-label = 地址
field-customer-address-label-behalf = 對方的地址
field-customer-address-hint = 如果您想以郵寄方式收信，我們需要這個地址。
field-customer-postcode-label = 郵政編碼
field-customer-postcode-label-behalf = 對方的郵政編碼
error-postcode-invalid = 請只用英文字母、數字和空格輸入郵政編碼，例如 { $postcode-example }
field-tenancy-reference-label = 租約編號
field-tenancy-reference-label-behalf = 對方的租約編號
field-tenancy-reference-hint = 您的租金信件上有這個編號。如果不知道，可以留空。

step-tenure-title = 您的住所是租的，還是自己擁有的？
step-tenure-title-behalf = 對方的住所是租的，還是自己擁有的？
option-tenure-tenant = 向我們租住（租戶）
option-tenure-leaseholder = 以長期租約擁有（長期租約業主）
option-tenure-shared-owner = 部分擁有、部分租住（共有業權業主）
option-tenure-other = 其他，或不是租戶
error-tenure-required = 請選擇住所是租的還是自己擁有的

## Complaint

step-what-happened-title = 出了甚麼問題？
field-what-happened-hint = 請用您自己的話告訴我們。您不需要用「投訴」這個詞。如果知道的話，請寫上日期、地點和人名。
error-what-happened-required = 請告訴我們出了甚麼問題

step-when-title = 事情是甚麼時候發生的，或您是甚麼時候發現的？
field-when-hint = 例如 27 3 2026。如果不肯定，請盡量估計。
error-when-required = 請輸入事情發生或您發現的日期
error-date-incomplete = 請輸入日、月和年
error-date-invalid = 請輸入真實的日期，例如 27 3 2026
error-date-future = 日期必須是今天或以前

step-older-title = 這件事已經發生了一段時間
step-older-intro =
    我們通常會處理在問題發生後，或您發現問題後 { $months } 個月內提出的投訴。
    我們仍然可能會處理您的投訴，請繼續填寫。如果可以的話，請告訴我們為甚麼未能早點聯絡我們。
    我們的職員會作出決定。如果我們不能處理，會寫信告訴您原因。

step-outcome-title = 您希望我們怎樣做？
field-outcome-hint = 例如修理某樣東西、道歉、作出解釋，或改變我們的做事方式。
error-outcome-required = 請告訴我們您希望我們怎樣做

step-asked-before-title = 您以前有沒有要求過我們處理這件事？
field-asked-before-hint = 例如您曾經報告需要維修，但我們沒有修理。
option-asked-before-yes = 有，我以前要求過
option-asked-before-no = 沒有，這是第一次
error-asked-before-required = 請選擇您以前有沒有要求過我們

step-route-title = 您希望我們怎樣處理這件事？
step-route-intro =
    如果這是您第一次提出，我們通常可以把它當作服務要求，很快處理好。例如我們會安排維修。
    如果您不滿意我們的處理方式，仍然可以作出投訴。
    您也可以現在就作出投訴。由您決定。
option-route-service-request = 先當作服務要求處理
option-route-complaint = 現在就當作投訴處理
error-route-required = 請選擇您希望我們怎樣處理這件事

## Contact and letters

step-contact-title = 我們應該怎樣聯絡您？
step-contact-title-behalf = 我們應該怎樣聯絡對方？
field-contact-methods-label = 我們應該怎樣聯絡您？
field-contact-methods-label-behalf = 我們應該怎樣聯絡對方？
field-contact-methods-hint = 請選擇所有合適的方式。
option-contact-methods-email = 電郵
option-contact-methods-phone = 打電話
option-contact-methods-letter = 信件
option-contact-methods-text = 短訊
error-contact-methods-required = 請選擇最少一種聯絡方式
field-email-label = 電郵地址
field-email-label-behalf = 對方的電郵地址
field-email-hint = 我們只會用這個地址就這件事聯絡您。
error-email-invalid = 請輸入格式正確的電郵地址，例如 { $email-example }
error-email-no-at = 請輸入有 @ 的電郵地址，例如 { $email-example }
error-email-spaces = 電郵地址不可以有空格
error-email-two-dots = 電郵地址不可以有兩個相連的點（..）
error-email-dot-at-edge = @ 前面的部分不可以用點開頭或結尾
error-email-character = 電郵地址不可以有 { $character }
error-email-domain = @ 後面的部分不正確，應該像 example.com 這樣
error-email-needed = 請輸入電郵地址，或不要選擇電郵
field-phone-label = 電話號碼
field-phone-label-behalf = 對方的電話號碼
field-phone-hint = 用來打電話或發短訊。
error-phone-invalid = 請輸入電話號碼，例如 { $phone-example } 或 { $mobile-example }
error-phone-needed = 請輸入電話號碼，或不要選擇打電話或短訊
error-address-needed = 我們需要地址才能寄信。請返回資料頁加上地址，或選擇其他方式。
error-address-needed-here = 請輸入郵寄地址

step-updates-title = 我們應該多久向您報告一次最新情況？
field-update-frequency-label = 我們應該多久向您報告一次最新情況？
option-update-frequency-weekly = 每星期一次
option-update-frequency-fortnightly = 每2個星期一次
option-update-frequency-when-news = 只在有新進展時
error-update-frequency-required = 請選擇我們應該多久向您報告一次最新情況
field-avoid-times-label = 我們不應聯絡您的時間
field-avoid-times-hint = 例如上午10時前不要聯絡，或星期五不要聯絡。

step-letters-title = 信件和文件
step-letters-intro = 我們可以用其他語言或格式寄信給您。請告訴我們哪一種最適合您。
field-letter-language-label = 哪一種語言？
error-letter-language-required = 請選擇語言
field-letter-format-label = 哪一種格式？
option-letter-format-standard = 標準字體
option-letter-format-large-print = 大字體
option-letter-format-braille = 點字
option-letter-format-audio = 錄音
option-letter-format-easy-read = 易讀版
error-letter-format-required = 請選擇格式

step-adjustments-title = 我們可以給您的幫助
step-adjustments-intro =
    我們希望您可以輕鬆地與我們溝通。您不一定要回答這些問題。
    我們問這些問題，是為了調整我們與您合作的方式。例如我們可以在設有助聽感應圈的地方和您見面，或在指定時間致電給您。
    我們會把這些資料保密，只會交給需要用來幫助您的職員。
field-adjustments-label = 有沒有甚麼可以令您更容易與我們聯繫？
field-adjustments-hint = 例如傳譯員、有人陪同幫助您，或只在指定時間聯絡您。
field-disability-label = 您有沒有任何殘疾或健康狀況想讓我們知道？
field-disability-hint = 只在您願意時才告訴我們。這可以幫助我們為您作出合適的安排。
error-too-long = 請輸入不多於 { $max } 個字
error-session-expired = 您的網頁已逾時。我們保留了您輸入的內容。請檢查一下，然後再按「繼續」。

## Enquiry or service request

step-request-title = 您需要甚麼？
field-request-hint = 請告訴我們您想問甚麼，或您需要甚麼服務。如果知道的話，請寫上日期、地點和人名。
error-request-required = 請告訴我們您需要甚麼

## Compliment

step-compliment-about-title = 您想感謝哪一位或哪一個團隊？
field-compliment-about-hint = 例如維修團隊，或上門探訪您的人。
error-compliment-about-required = 請告訴我們您想感謝哪一位或哪一個團隊
step-compliment-what-title = 哪些地方做得好？
error-compliment-what-required = 請告訴我們哪些地方做得好
step-named-title = 我們可以告訴對方您的名字嗎？
field-named-hint = 無論您怎樣選擇，我們都會轉達您的謝意。
option-named-yes = 可以，請告訴對方我的名字
option-named-no = 不可以，請不要透露我的名字
error-named-required = 請選擇我們可不可以告訴對方您的名字
step-compliment-you-title = 您的資料
error-email-required = 請輸入電郵地址

## Format or language request

step-document-title = 您需要哪些文件的其他格式或語言版本？
field-document-label = 哪一份文件？
option-document-policy = 我們的「與我們溝通」政策
option-document-my-case = 關於我的投訴或查詢的信件
option-document-all-letters = 由現在起寄給我的所有信件
error-document-required = 請選擇您需要哪一份文件
field-document-reference-label = 您的參考編號
field-document-reference-hint = 如果您知道的話。參考編號看起來像這樣：{ $reference-example }。
step-format-you-title = 您的資料
step-send-title = 我們應該寄到哪裏？
field-send-by-label = 我們應該怎樣寄給您？
option-send-by-email = 用電郵
option-send-by-post = 用郵寄
error-send-by-required = 請選擇我們應該怎樣寄給您

## Check answers

check-title = 檢查您的答案
check-send-title-complaint = 現在提交您的投訴
check-declaration-complaint = 您提交後，我們會記錄您的投訴，並給您一個參考編號。
check-send-title-enquiry = 現在提交您的要求
check-declaration-enquiry = 您提交後，我們會記錄您的要求，並給您一個參考編號。
check-send-title-compliment = 現在提交您的感謝
check-declaration-compliment = 您提交後，我們會轉達您的謝意，並給您一個參考編號。
check-send-title-format = 現在提交您的要求
check-declaration-format = 您提交後，我們會記錄您的要求，並給您一個參考編號。
