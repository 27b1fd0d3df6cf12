## Emails. Subjects give the reference and the kind of message, never what a complaint is about.

mail-subject-receipt-complaint = 投訴 { $reference }：我們已收到
mail-subject-receipt-service-request = 要求 { $reference }：我們已收到
mail-subject-receipt-formal-enquiry = 查詢 { $reference }：我們已收到
mail-subject-receipt-format-request = 要求 { $reference }：我們已收到
mail-subject-compliment-thanks = 您的讚賞 { $reference }：多謝您
mail-subject-staff-new-case = 新{ $kind } { $reference }
mail-subject-acknowledgement = 投訴 { $reference }：第{ $stage }階段已開始
mail-subject-extension = 投訴 { $reference }：我們回覆的新日期
mail-subject-response = 投訴 { $reference }：我們的第{ $stage }階段回覆
mail-subject-refusal = 投訴 { $reference }：我們的決定

## Parts of every email

mail-greeting = { $name } 您好：
mail-sign-off = { $landlord } 投訴團隊
mail-sign-off-general = { $landlord } 全體職員
mail-reference = 您的參考編號
mail-reference-quote = 聯絡我們時，請提供您的參考編號 { $reference }。
mail-contact-title = 怎樣聯絡我們
mail-contact-reply = 您可以直接回覆這封電郵。
mail-ombudsman-anytime = 您隨時可以向房屋申訴專員（Housing Ombudsman）免費徵詢意見。您不需要等我們回覆。
mail-formats = 我們可以用大字體、點字、錄音、易讀版或其他語言寄信給您。只要告訴我們就可以。

## Receipt: sent when someone sends us something

mail-receipt-title-complaint = 我們已收到您的投訴
mail-receipt-title-service-request = 我們已收到您的要求
mail-receipt-title-formal-enquiry = 我們已收到您的查詢
mail-receipt-title-format-request = 我們已收到您的要求
mail-receipt-received = 我們於 { $date } 收到。多謝您告訴我們。
mail-receipt-received-for = 我們於 { $date } 收到。您是代 { $customer } 提交的。多謝您告訴我們。
mail-receipt-next-complaint =
    我們會在 { $date } 或之前聯絡您，確定我們明白您的投訴，以及您希望我們怎樣做。
    然後，我們會在之後的 { $later } 個工作天內給您完整的回覆。
    如果我們需要更多時間，會告訴您原因，以及您會在甚麼時候收到我們的消息。
mail-receipt-next-service-request =
    我們會在 { $date } 或之前就您的要求聯絡您。
    如果您不滿意我們的處理方式，可以作出投訴。
mail-receipt-next-formal-enquiry =
    我們會在 { $date } 或之前回覆。
    即是在 { $days } 個工作天內。
mail-receipt-next-format-request =
    我們會在 { $date } 或之前聯絡您作出安排。
mail-receipt-answers-title = 您告訴我們的內容
mail-receipt-answers-private = 有關健康的資料，我們沒有放在這封電郵裏。這些資料已安全保存在我們的記錄中。
mail-receipt-add-title = 補充資料或查詢進度
mail-receipt-add = 如果想補充資料，或想知道進度，請回覆這封電郵或致電我們。請提供您的參考編號。
mail-receipt-help-title = 有人可以幫助您
mail-receipt-help = 如果您想的話，可以請其他人代表您。例如家人、朋友、獨立倡導者（協助您表達意見的人，不是律師）、支援人員、您的國會議員或地方議員。請告訴我們他們是誰。

## Thanks for a compliment

mail-thanks-title = 多謝您的讚賞
mail-thanks-body = 我們於 { $date } 收到您的訊息。我們會在 { $due } 或之前轉達您的謝意。
mail-thanks-named = 您說我們可以讓對方知道您的名字。
mail-thanks-not-named = 我們不會向任何人透露您的名字。

## New case notice for staff. No complaint text and no health information.

mail-staff-team = { $landlord } 投訴團隊
mail-staff-title = 新{ $kind }
mail-staff-intro = 收到一個新個案。請打開個案閱讀內容。
mail-staff-kind = 類別
mail-staff-received = 收到日期
mail-staff-channel = 途徑
mail-staff-channel-online = 網上表格
mail-staff-made-by = 提交人
mail-staff-made-by-customer = 客戶本人
mail-staff-made-by-representative = 代表（{ $role }）
mail-staff-made-by-official = 國會議員、地方議員或董事會成員（{ $role }）
mail-staff-page-language = 表格語言
mail-staff-letter-language = 信件語言
mail-staff-letter-format = 信件格式
mail-staff-requests = 要求的格式和調整安排
mail-staff-requests-none = 沒有
mail-staff-emailed = 收件確認電郵已發給
mail-staff-emailed-none = 沒有人：沒有電郵地址。請寄信或致電。
mail-staff-link = 打開個案：
mail-staff-reference = 參考編號
mail-staff-due = 下一步的限期
mail-kind-complaint = 投訴
mail-kind-service-request = 服務要求
mail-kind-formal-enquiry = 正式查詢
mail-kind-compliment = 讚賞
mail-kind-format-request = 格式或語言要求
mail-role-customer = 客戶
mail-role-representative = 代表
# Short role names for the staff notice's "Sent by" line.
mail-staff-role-family-friend = 家人或朋友
mail-staff-role-advocate = 獨立倡導者
mail-staff-role-support-worker = 支援人員或照顧者
mail-staff-role-solicitor = 律師
mail-staff-role-other = 其他
mail-staff-role-mp = 國會議員
mail-staff-role-councillor = 地方議員
mail-staff-role-board-member = 董事會成員
mail-request-format = 其他格式
mail-request-language = 其他語言
mail-request-adjustment = 調整安排

## Acknowledgement (stage 1 or stage 2)

mail-ack-title = 我們已開始處理您的投訴
mail-ack-stage = 這是我們投訴程序的第{ $stage }階段。
mail-ack-understand = 我們理解您的投訴是關於：
mail-ack-outcomes = 您希望我們這樣做：
mail-ack-wrong = 如果我們理解錯了，請盡快告訴我們。
mail-ack-answer-by = 我們會在 { $date } 或之前給您回覆。
mail-ack-handler = 負責處理您投訴的是 { $handler }。

## Extension

mail-extension-title = 我們需要更多時間回覆您
mail-extension-body = 很抱歉，我們未能在 { $old } 或之前回覆您的投訴。我們會在 { $new } 或之前回覆。
mail-extension-why = 我們需要更多時間的原因：
mail-extension-ombudsman = 如果您不滿意我們需要更多時間，可以聯絡房屋申訴專員（Housing Ombudsman）。

## Response

mail-response-title = 我們對您投訴的回覆
mail-response-stage = 這是我們在投訴程序第{ $stage }階段的回覆。
mail-response-points = 我們審視了甚麼，以及作出了甚麼決定
mail-response-decision-upheld = 投訴成立：我們同意有事情出錯了。
mail-response-decision-partly-upheld = 投訴部分成立：我們同意有部分事情出錯了。
mail-response-decision-not-upheld = 投訴不成立：我們認為沒有任何事情出錯。
mail-response-reasons = 我們作出這個決定的原因
mail-response-remedies = 我們會怎樣把事情糾正過來
mail-response-remedy = { $what }（在 { $date } 或之前完成）
mail-response-no-remedy = 我們沒有發現需要糾正的地方。
mail-response-outstanding = 我們仍需要做的事
mail-response-nothing-outstanding = 我們沒有其他需要做的事。
mail-escalate-title = 如果您不滿意我們的回覆
mail-escalate-how = 您可以要求我們重新審視您的投訴。這是第2階段。請回覆這封電郵、致電我們或寫信給我們。
mail-escalate-by = 請在 { $date } 或之前提出。如果您較遲才提出，請告訴我們原因，我們會考慮。
mail-escalate-no-reasons = 您不需要說明原因。但如果您告訴我們仍然不滿意甚麼，會對我們有幫助。
mail-final-body = 這是我們的最終回覆。如果您仍然不滿意，可以要求房屋申訴專員（Housing Ombudsman）審視您的投訴。這是免費的。他們不是為我們工作的。

## Refusal

mail-refusal-title = 我們不能按投訴程序處理您的投訴
mail-refusal-stage = 我們不能把這件事交到投訴程序的第{ $stage }階段處理。
mail-refusal-why = 原因：
mail-refusal-ombudsman = 如果您不同意，可以要求房屋申訴專員（Housing Ombudsman）審視我們的決定。
