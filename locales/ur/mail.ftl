## Emails. Subjects give the reference and the kind of message, never what a complaint is about.

mail-subject-receipt-complaint = شکایت { $reference }: ہمیں مل گئی ہے
mail-subject-receipt-service-request = درخواست { $reference }: ہمیں مل گئی ہے
mail-subject-receipt-formal-enquiry = استفسار { $reference }: ہمیں مل گیا ہے
mail-subject-receipt-format-request = درخواست { $reference }: ہمیں مل گئی ہے
mail-subject-compliment-thanks = آپ کی تعریف { $reference }: شکریہ
mail-subject-staff-new-case = نیا کیس: { $kind } { $reference }
mail-subject-acknowledgement = شکایت { $reference }: مرحلہ { $stage } شروع ہو گیا
mail-subject-extension = شکایت { $reference }: ہمارے جواب کی نئی تاریخ
mail-subject-response = شکایت { $reference }: مرحلہ { $stage } میں ہمارا جواب
mail-subject-refusal = شکایت { $reference }: ہمارا فیصلہ

## Parts of every email

mail-greeting = محترم { $name }،
mail-sign-off = { $landlord } کی شکایات کی ٹیم کی طرف سے
mail-sign-off-general = { $landlord } میں ہم سب کی طرف سے
mail-reference = آپ کا ریفرنس نمبر
mail-reference-quote = ہم سے رابطہ کرتے وقت براہ کرم اپنا ریفرنس نمبر { $reference } بتائیں۔
mail-contact-title = ہم سے رابطہ کیسے کریں
mail-contact-reply = آپ اس ای میل کا جواب دے سکتے ہیں۔
mail-ombudsman-anytime = آپ کسی بھی وقت ہاؤسنگ محتسب (Housing Ombudsman) سے مفت مشورہ لے سکتے ہیں۔ آپ کو ہمارے جواب کا انتظار کرنے کی ضرورت نہیں۔
mail-formats = ہم اپنے خط بڑے پرنٹ، بریل، آڈیو، آسان زبان (ایزی ریڈ) یا کسی اور زبان میں بھیج سکتے ہیں۔ بس ہم سے کہیں۔

## Receipt: sent when someone sends us something

mail-receipt-title-complaint = ہمیں آپ کی شکایت مل گئی ہے
mail-receipt-title-service-request = ہمیں آپ کی درخواست مل گئی ہے
mail-receipt-title-formal-enquiry = ہمیں آپ کا استفسار مل گیا ہے
mail-receipt-title-format-request = ہمیں آپ کی درخواست مل گئی ہے
mail-receipt-received = ہمیں یہ { $date } کو ملا۔ ہمیں بتانے کا شکریہ۔
mail-receipt-received-for = ہمیں یہ { $date } کو ملا۔ آپ نے اسے { $customer } کی طرف سے بھیجا ہے۔ ہمیں بتانے کا شکریہ۔
mail-receipt-next-complaint =
    ہم { $date } تک آپ سے رابطہ کریں گے۔ ہم یہ پکا کریں گے کہ ہم آپ کی شکایت ٹھیک سے سمجھے ہیں، اور یہ کہ آپ کو ہم سے کیا چاہیے۔
    اس کے بعد، اگلے { $later ->
        [one] { $later } کام کے دن
       *[other] { $later } کام کے دنوں
    } کے اندر ہم آپ کو اپنا پورا جواب بھیجیں گے۔
    اگر ہمیں مزید وقت چاہیے ہوا، تو ہم آپ کو وجہ بتائیں گے، اور یہ بھی کہ آپ کو ہماری طرف سے کب خبر ملے گی۔
mail-receipt-next-service-request =
    ہم آپ کی درخواست کے بارے میں { $date } تک آپ سے رابطہ کریں گے۔
    اگر آپ ہمارے نمٹانے کے طریقے سے مطمئن نہ ہوں، تو آپ شکایت کر سکتے ہیں۔
mail-receipt-next-formal-enquiry =
    ہم { $date } تک جواب دیں گے۔
    یعنی { $days ->
        [one] { $days } کام کے دن
       *[other] { $days } کام کے دنوں
    } کے اندر۔
mail-receipt-next-format-request =
    ہم اس کا انتظام کرنے کے لیے { $date } تک آپ سے رابطہ کریں گے۔
mail-receipt-answers-title = آپ نے ہمیں کیا بتایا
mail-receipt-answers-private = صحت کے بارے میں کوئی بھی بات ہم نے یہاں نہیں لکھی۔ وہ ہمارے ریکارڈ میں محفوظ ہے۔
mail-receipt-add-title = کچھ اور بتانا ہو یا کچھ پوچھنا ہو
mail-receipt-add = کچھ اور بتانے کے لیے، یا یہ پوچھنے کے لیے کہ کام کہاں تک پہنچا، اس ای میل کا جواب دیں یا ہمیں فون کریں۔ براہ کرم اپنا ریفرنس نمبر بتائیں۔
mail-receipt-help-title = کوئی آپ کی مدد کر سکتا ہے
mail-receipt-help = اگر آپ چاہیں تو کوئی اور آپ کی طرف سے بات کر سکتا ہے۔ مثال کے طور پر، خاندان کا کوئی فرد، کوئی دوست، کوئی آزاد حمایتی (ایڈووکیسی ورکر)، کوئی سپورٹ ورکر، آپ کا ایم پی یا کوئی کونسلر۔ آزاد حمایتی وکیل نہیں ہوتا، بلکہ وہ آپ کی بات ہم تک پہنچانے میں آپ کی مدد کرتا ہے۔ ہمیں بتائیں کہ وہ کون ہیں۔

## Thanks for a compliment

mail-thanks-title = آپ کے اچھے الفاظ کا شکریہ
mail-thanks-body = ہمیں آپ کا پیغام { $date } کو ملا۔ ہم { $due } تک آپ کا شکریہ آگے پہنچا دیں گے۔
mail-thanks-named = آپ نے کہا ہے کہ ہم لوگوں کو آپ کا نام بتا سکتے ہیں۔
mail-thanks-not-named = ہم کسی کو آپ کا نام نہیں بتائیں گے۔

## New case notice for staff. No complaint text and no health information.

mail-staff-team = { $landlord } کی شکایات کی ٹیم
mail-staff-title = نیا کیس: { $kind }
mail-staff-intro = ایک نیا کیس آیا ہے۔ پڑھنے کے لیے کیس کھولیں۔
mail-staff-kind = قسم
mail-staff-received = ملنے کی تاریخ
mail-staff-channel = ذریعہ
mail-staff-channel-online = آن لائن فارم
mail-staff-made-by = کس نے بھیجا
mail-staff-made-by-customer = کسٹمر نے خود
mail-staff-made-by-representative = نمائندہ ({ $role })
mail-staff-made-by-official = ایم پی، کونسلر یا بورڈ ممبر ({ $role })
mail-staff-page-language = فارم کی زبان
mail-staff-letter-language = خطوں کی زبان
mail-staff-letter-format = خطوں کا فارمیٹ
mail-staff-requests = مانگے گئے فارمیٹ اور خاص انتظامات
mail-staff-requests-none = کوئی نہیں
mail-staff-emailed = رسید کس کو ای میل کی گئی
mail-staff-emailed-none = کسی کو نہیں: کوئی ای میل ایڈریس نہیں ہے۔ خط بھیجیں یا فون کریں۔
mail-staff-link = کیس کھولیں:
mail-staff-reference = ریفرنس نمبر
mail-staff-due = اگلا قدم اس تاریخ تک
mail-kind-complaint = شکایت
mail-kind-service-request = سروس کی درخواست
mail-kind-formal-enquiry = باضابطہ استفسار
mail-kind-compliment = تعریف
mail-kind-format-request = فارمیٹ یا زبان کی درخواست
mail-role-customer = کسٹمر
mail-role-representative = نمائندہ
mail-staff-role-family-friend = رشتہ دار یا دوست
mail-staff-role-advocate = آزاد حمایتی (ایڈووکیسی ورکر)
mail-staff-role-support-worker = سپورٹ ورکر یا کیئرر
mail-staff-role-solicitor = سولیسٹر (وکیل)
mail-staff-role-other = دیگر
mail-staff-role-mp = ایم پی
mail-staff-role-councillor = کونسلر
mail-staff-role-board-member = بورڈ ممبر
mail-request-format = کوئی اور فارمیٹ
mail-request-language = کوئی اور زبان
mail-request-adjustment = کوئی خاص انتظام

## Acknowledgement (stage 1 or stage 2)

mail-ack-title = ہم نے آپ کی شکایت دیکھنا شروع کر دی ہے
mail-ack-stage = یہ ہمارے شکایات کے طریقہ کار کا مرحلہ { $stage } ہے۔
mail-ack-understand = ہماری سمجھ کے مطابق آپ کی شکایت اس بارے میں ہے:
mail-ack-outcomes = آپ ہم سے یہ چاہتے ہیں:
mail-ack-wrong = اگر ہم نے کچھ غلط سمجھا ہے، تو براہ کرم جتنی جلدی ہو سکے ہمیں بتائیں۔
mail-ack-answer-by = ہم { $date } تک آپ کو اپنا جواب بھیجیں گے۔
mail-ack-handler = { $handler } آپ کی شکایت دیکھ رہے ہیں۔

## Extension

mail-extension-title = جواب دینے کے لیے ہمیں مزید وقت چاہیے
mail-extension-body = ہمیں افسوس ہے، لیکن ہم { $old } تک آپ کی شکایت کا جواب نہیں دے سکیں گے۔ ہم { $new } تک جواب دیں گے۔
mail-extension-why = ہمیں مزید وقت کیوں چاہیے:
mail-extension-ombudsman = اگر آپ اس بات سے مطمئن نہیں کہ ہمیں مزید وقت چاہیے، تو آپ ہاؤسنگ محتسب (Housing Ombudsman) سے رابطہ کر سکتے ہیں۔

## Response

mail-response-title = آپ کی شکایت پر ہمارا جواب
mail-response-stage = یہ ہمارے شکایات کے طریقہ کار کے مرحلہ { $stage } میں ہمارا جواب ہے۔
mail-response-points = ہم نے کیا دیکھا اور کیا فیصلہ کیا
mail-response-decision-upheld = شکایت درست پائی گئی: ہم مانتے ہیں کہ کچھ غلط ہوا۔
mail-response-decision-partly-upheld = شکایت کچھ حد تک درست پائی گئی: ہم مانتے ہیں کہ کچھ باتیں غلط ہوئیں۔
mail-response-decision-not-upheld = شکایت درست نہیں پائی گئی: ہمارے خیال میں کچھ بھی غلط نہیں ہوا۔
mail-response-reasons = ہم نے یہ فیصلہ کیوں کیا
mail-response-remedies = چیزیں ٹھیک کرنے کے لیے ہم کیا کریں گے
mail-response-remedy = { $what } ({ $date } تک)
mail-response-no-remedy = ہمیں کوئی ایسی چیز نہیں ملی جسے ہمیں ٹھیک کرنا ہو۔
mail-response-outstanding = ہمیں ابھی کیا کرنا باقی ہے
mail-response-nothing-outstanding = ہمیں اور کچھ نہیں کرنا۔
mail-escalate-title = اگر آپ ہمارے جواب سے مطمئن نہیں ہیں
mail-escalate-how = آپ ہم سے اپنی شکایت دوبارہ دیکھنے کو کہہ سکتے ہیں۔ یہ مرحلہ 2 ہے۔ اس ای میل کا جواب دیں، ہمیں فون کریں یا ہمیں خط لکھیں۔
mail-escalate-by = براہ کرم { $date } تک کہیں۔ اگر آپ بعد میں کہیں تو ہمیں وجہ بتائیں، اور ہم اس پر غور کریں گے۔
mail-escalate-no-reasons = آپ کو وجہ بتانے کی ضرورت نہیں۔ لیکن اگر آپ بتائیں کہ آپ ابھی بھی کس بات سے مطمئن نہیں ہیں، تو اس سے ہمیں مدد ملتی ہے۔
mail-final-body = یہ ہمارا آخری جواب ہے۔ اگر آپ اب بھی مطمئن نہیں ہیں، تو آپ ہاؤسنگ محتسب (Housing Ombudsman) سے اپنی شکایت دیکھنے کو کہہ سکتے ہیں۔ اس کے لیے کوئی پیسہ نہیں لگتا۔ محتسب ہمارے لیے کام نہیں کرتا۔

## Refusal

mail-refusal-title = ہم آپ کی شکایت کو اپنے شکایات کے طریقہ کار میں نہیں لے سکتے
mail-refusal-stage = ہم اسے اپنے شکایات کے طریقہ کار کے مرحلہ { $stage } میں نہیں لے سکتے۔
mail-refusal-why = وجہ:
mail-refusal-ombudsman = اگر آپ متفق نہیں ہیں، تو آپ ہاؤسنگ محتسب (Housing Ombudsman) سے ہمارے فیصلے کو دیکھنے کو کہہ سکتے ہیں۔
