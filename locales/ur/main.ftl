## Talk to Us: the frame of every page, the question pages and their messages.
## Plain English: short sentences, everyday words. Keys say where they are used.

service-name = ہم سے بات کریں
error-title-prefix = غلطی:
skip-link = سیدھا اصل مواد پر جائیں
language-nav-label = زبان چنیں
back-link = واپس
footer-heading = مدد کے لنکس
footer-policy = ہماری "ہم سے بات کریں" پالیسی
footer-accessibility = رسائی کا بیان
footer-privacy = رازداری کا نوٹس
footer-display = لکھائی کا سائز اور رنگ بدلیں
footer-phone = فون:
footer-email = ای میل:

## Parts of every form

error-summary-title = ایک مسئلہ ہے
error-prefix = غلطی:
notification-success-title = ہو گیا
label-optional = (اختیاری)
button-continue = آگے بڑھیں
button-send = بھیجیں
button-save = محفوظ کریں
date-day = دن
date-month = مہینہ
date-year = سال
answer-not-given = نہیں بتایا
change-link = بدلیں
change-link-label = اپنا جواب بدلیں: { $question }

## Who is getting in touch

step-who-title = یہ رابطہ کس کے لیے ہے؟
option-who-myself = اپنے لیے
option-who-someone-else = کسی اور کے لیے
option-who-someone-else-hint = مثال کے طور پر، خاندان کا کوئی فرد، کوئی دوست، یا کوئی ایسا شخص جس کی آپ مدد کرتے ہیں۔
option-who-official = ایم پی، کونسلر یا بورڈ ممبر کے طور پر
error-who-required = چنیں کہ یہ رابطہ کس کے لیے ہے

step-representative-title = آپ کی تفصیلات
step-representative-intro =
    آپ کسی اور کے لیے بھی رابطہ کر سکتے ہیں۔ ہمیں یہ جاننا ہے کہ آپ کون ہیں۔
    اگلے صفحے پر ہم پوچھیں گے کہ وہ اس کے لیے کیسے راضی ہوئے۔
field-rep-role-label = آپ کا ان سے کیا تعلق ہے؟
option-rep-role-family-friend = میں ان کا رشتہ دار یا دوست ہوں
option-rep-role-advocate = میں آزاد حمایتی (ایڈووکیسی ورکر) ہوں
option-rep-role-support-worker = میں سپورٹ ورکر یا کیئرر ہوں
option-rep-role-solicitor = میں سولیسٹر (وکیل) ہوں
option-rep-role-other = کچھ اور
error-rep-role-required = چنیں کہ آپ کا ان سے کیا تعلق ہے
field-rep-name-label = آپ کا پورا نام
error-rep-name-required = اپنا پورا نام لکھیں
field-rep-organisation-label = آپ کا ادارہ
field-rep-organisation-hint = مثال کے طور پر، وہ خیراتی ادارہ یا دفتر جہاں آپ کام کرتے ہیں۔
field-rep-email-label = آپ کا ای میل ایڈریس
field-rep-phone-label = آپ کا فون نمبر
error-rep-contact-required = ہمیں اپنا ای میل ایڈریس یا فون نمبر دیں

step-official-title = آپ کی تفصیلات
step-official-intro =
    کسی رہائشی کی طرف سے رابطہ کرنے کا شکریہ۔
    ہم اسے باضابطہ استفسار سمجھتے ہیں۔ ہم اپنی پالیسی میں دیے گئے وقت کے اندر آپ کو جواب دیں گے۔
field-official-role-label = آپ کا عہدہ کیا ہے؟
option-official-role-mp = رکنِ پارلیمنٹ (ایم پی)
option-official-role-councillor = کونسلر
option-official-role-board-member = بورڈ ممبر
error-official-role-required = اپنا عہدہ چنیں

step-consent-title = ان کی اجازت
field-consent-label = انہوں نے آپ کے ہم سے رابطہ کرنے کی اجازت کیسے دی؟
field-consent-hint = ہمیں یہ معلوم ہونا چاہیے کہ وہ اس بات پر راضی ہیں کہ آپ ان کی طرف سے بات کریں۔
option-consent-written = انہوں نے مجھے لکھ کر اجازت دی ہے
option-consent-verbal = انہوں نے مجھے بتایا ہے کہ وہ راضی ہیں، اور انہیں میرے اس رابطے کا علم ہے
option-consent-legal-authority = میرے پاس مختار نامہ (پاور آف اٹارنی) ہے، یا ان کی طرف سے کام کرنے کا کوئی اور قانونی حق ہے
option-consent-constituent = میں ان کا ایم پی یا کونسلر ہوں، اور انہوں نے مجھ سے مدد مانگی ہے
error-consent-required = چنیں کہ انہوں نے آپ کے ہم سے رابطہ کرنے کی اجازت کیسے دی
field-send-to-label = ہم خط اور تازہ معلومات کس کو بھیجیں؟
option-send-to-customer = انہیں
option-send-to-representative = مجھے
option-send-to-both = ہم دونوں کو
error-send-to-required = چنیں کہ ہم خط اور تازہ معلومات کس کو بھیجیں

## The customer

step-customer-title = آپ کی تفصیلات
step-customer-title-behalf = ان کی تفصیلات
field-customer-name-label = آپ کا پورا نام
field-customer-name-label-behalf = ان کا پورا نام
error-customer-name-required = پورا نام لکھیں
field-customer-address-label = پتہ
field-customer-address-label-behalf = ان کا پتہ
field-customer-address-hint = اگر آپ خط ڈاک سے لینا چاہیں تو ہمیں یہ چاہیے۔
field-customer-postcode-label = پوسٹ کوڈ
field-customer-postcode-label-behalf = ان کا پوسٹ کوڈ
error-postcode-invalid = پوسٹ کوڈ میں صرف حروف، نمبر اور خالی جگہ لکھیں، جیسے { $postcode-example }
field-tenancy-reference-label = کرایہ داری کا ریفرنس نمبر
field-tenancy-reference-label-behalf = ان کی کرایہ داری کا ریفرنس نمبر
field-tenancy-reference-hint = یہ آپ کے کرایے کے خطوں پر لکھا ہوتا ہے۔ اگر آپ کو معلوم نہیں تو اسے خالی چھوڑ دیں۔

step-tenure-title = کیا آپ کا گھر کرایے کا ہے یا اپنا؟
step-tenure-title-behalf = کیا ان کا گھر کرایے کا ہے یا اپنا؟
option-tenure-tenant = ہم سے کرایے پر (کرایہ دار)
option-tenure-leaseholder = لیز پر اپنا (لیز ہولڈر)
option-tenure-shared-owner = کچھ حصہ اپنا، کچھ کرایے پر (شیئرڈ اونر)
option-tenure-other = کچھ اور، یا کرایہ دار نہیں
error-tenure-required = چنیں کہ گھر کرایے کا ہے یا اپنا

## Complaint

step-what-happened-title = کیا غلط ہوا؟
field-what-happened-hint = اپنے الفاظ میں بتائیں۔ "شکایت" کا لفظ استعمال کرنا ضروری نہیں۔ اگر آپ کو معلوم ہوں تو تاریخیں، جگہیں اور نام بھی لکھیں۔
error-what-happened-required = بتائیں کہ کیا غلط ہوا

step-when-title = یہ کب ہوا، یا آپ کو کب معلوم ہوا؟
field-when-hint = مثال کے طور پر، 27 3 2026۔ اگر آپ کو پکا معلوم نہیں، تو اندازے سے بتائیں۔
error-when-required = وہ تاریخ لکھیں جب یہ ہوا یا جب آپ کو معلوم ہوا
error-date-incomplete = دن، مہینہ اور سال لکھیں
error-date-invalid = صحیح تاریخ لکھیں، جیسے 27 3 2026
error-date-future = تاریخ آج کی یا اس سے پہلے کی ہونی چاہیے

step-older-title = یہ کچھ عرصہ پہلے ہوا تھا
step-older-intro =
    ہم عام طور پر وہ شکایتیں دیکھتے ہیں جو مسئلہ ہونے کے بعد، یا آپ کو اس کا علم ہونے کے بعد، { $months ->
        [one] { $months } مہینے
       *[other] { $months } مہینوں
    } کے اندر کی جائیں۔
    ہم پھر بھی آپ کی شکایت دیکھ سکتے ہیں۔ براہ کرم آگے بڑھیں۔ اگر ہو سکے تو ہمیں بتائیں کہ آپ پہلے رابطہ کیوں نہیں کر سکے۔
    عملے کا کوئی رکن فیصلہ کرے گا۔ اگر ہم اسے نہیں دیکھ سکتے، تو ہم آپ کو لکھ کر وجہ بتائیں گے۔

step-outcome-title = ہم آپ کے لیے کیا کریں؟
field-outcome-hint = مثال کے طور پر، کوئی چیز ٹھیک کریں، معافی مانگیں، بات سمجھائیں، یا اپنے کام کا طریقہ بدلیں۔
error-outcome-required = بتائیں کہ ہم آپ کے لیے کیا کریں

step-asked-before-title = کیا آپ نے پہلے بھی ہم سے یہ مسئلہ حل کرنے کو کہا ہے؟
field-asked-before-hint = مثال کے طور پر، آپ نے مرمت کی اطلاع دی تھی اور مرمت نہیں ہوئی۔
option-asked-before-yes = جی ہاں، میں نے پہلے بھی کہا ہے
option-asked-before-no = نہیں، یہ پہلی بار ہے
error-asked-before-required = چنیں کہ کیا آپ نے پہلے بھی ہم سے کہا ہے

step-route-title = ہم اس معاملے کو کیسے نمٹائیں؟
step-route-intro =
    اگر آپ نے پہلی بار کہا ہے، تو ہم اکثر اسے سروس کی درخواست کے طور پر جلدی حل کر سکتے ہیں۔ مثال کے طور پر، ہم مرمت کا وقت طے کر دیتے ہیں۔
    اگر آپ ہمارے نمٹانے کے طریقے سے مطمئن نہ ہوں، تو آپ پھر بھی شکایت کر سکتے ہیں۔
    آپ ابھی شکایت بھی کر سکتے ہیں۔ فیصلہ آپ کا ہے۔
option-route-service-request = پہلے اسے سروس کی درخواست کے طور پر نمٹائیں
option-route-complaint = ابھی اسے شکایت کے طور پر نمٹائیں
error-route-required = چنیں کہ ہم اس معاملے کو کیسے نمٹائیں

## Contact and letters

step-contact-title = ہم آپ سے کیسے رابطہ کریں؟
step-contact-title-behalf = ہم ان سے کیسے رابطہ کریں؟
field-contact-methods-label = ہم آپ سے کیسے رابطہ کریں؟
field-contact-methods-label-behalf = ہم ان سے کیسے رابطہ کریں؟
field-contact-methods-hint = جو طریقے ٹھیک لگیں، وہ سب چنیں۔
option-contact-methods-email = ای میل
option-contact-methods-phone = فون کال
option-contact-methods-letter = خط
option-contact-methods-text = ٹیکسٹ میسج
error-contact-methods-required = رابطے کا کم از کم ایک طریقہ چنیں
field-email-label = ای میل ایڈریس
field-email-label-behalf = ان کا ای میل ایڈریس
field-email-hint = ہم اسے صرف اسی معاملے میں آپ سے رابطہ کرنے کے لیے استعمال کریں گے۔
error-email-invalid = ای میل ایڈریس صحیح شکل میں لکھیں، جیسے { $email-example }
error-email-no-at = ای میل ایڈریس میں @ کا نشان بھی لکھیں، جیسے { $email-example }
error-email-spaces = ای میل ایڈریس میں خالی جگہ نہیں ہو سکتی
error-email-two-dots = ای میل ایڈریس میں دو نقطے (..) ساتھ ساتھ نہیں ہو سکتے
error-email-dot-at-edge = ای میل ایڈریس میں @ سے پہلے والا حصہ نقطے سے شروع یا ختم نہیں ہو سکتا
error-email-character = ای میل ایڈریس میں { $character } نہیں ہو سکتا
error-email-domain = ای میل ایڈریس میں @ کے بعد والا حصہ ٹھیک نہیں ہے۔ یہ example.com جیسا ہونا چاہیے
error-email-needed = ای میل ایڈریس لکھیں، یا ای میل نہ چنیں
field-phone-label = فون نمبر
field-phone-label-behalf = ان کا فون نمبر
field-phone-hint = فون کال یا ٹیکسٹ میسج کے لیے۔
error-phone-invalid = فون نمبر لکھیں، جیسے { $phone-example } یا { $mobile-example }
error-phone-needed = فون نمبر لکھیں، یا فون کال اور ٹیکسٹ میسج نہ چنیں
error-address-needed = خط بھیجنے کے لیے ہمیں پتہ چاہیے۔ تفصیلات والے صفحے پر واپس جا کر پتہ لکھیں، یا کوئی اور طریقہ چنیں۔
error-address-needed-here = وہ پتہ لکھیں جس پر ہم اسے ڈاک سے بھیجیں

step-updates-title = ہم آپ کو کتنی بار بتائیں کہ کیا ہو رہا ہے؟
field-update-frequency-label = ہم آپ کو کتنی بار بتائیں کہ کیا ہو رہا ہے؟
option-update-frequency-weekly = ہر ہفتے
option-update-frequency-fortnightly = ہر 2 ہفتے بعد
option-update-frequency-when-news = صرف جب کچھ بدلے
error-update-frequency-required = چنیں کہ ہم آپ کو کتنی بار بتائیں
field-avoid-times-label = وہ اوقات جب ہم آپ سے رابطہ نہ کریں
field-avoid-times-hint = مثال کے طور پر، صبح 10 بجے سے پہلے نہیں، یا جمعہ کو نہیں۔

step-letters-title = خط اور دستاویزات
step-letters-intro = ہم خط کسی اور زبان یا فارمیٹ میں بھیج سکتے ہیں۔ ہمیں بتائیں کہ آپ کے لیے سب سے اچھا کیا ہے۔
field-letter-language-label = کون سی زبان؟
error-letter-language-required = زبان چنیں
field-letter-format-label = کون سا فارمیٹ؟
option-letter-format-standard = عام پرنٹ
option-letter-format-large-print = بڑا پرنٹ
option-letter-format-braille = بریل
option-letter-format-audio = آڈیو
option-letter-format-easy-read = آسان زبان (ایزی ریڈ)
error-letter-format-required = فارمیٹ چنیں

step-adjustments-title = مدد جو ہم آپ کو دے سکتے ہیں
step-adjustments-intro =
    ہم چاہتے ہیں کہ آپ کے لیے ہم سے بات کرنا آسان ہو۔ ان سوالوں کا جواب دینا ضروری نہیں۔
    ہم اس لیے پوچھتے ہیں تاکہ آپ کے ساتھ اپنے کام کا طریقہ بدل سکیں۔ مثال کے طور پر، ہم آپ سے کسی ایسی جگہ مل سکتے ہیں جہاں ہیئرنگ لوپ ہو، یا خاص اوقات میں فون کر سکتے ہیں۔
    ہم یہ معلومات راز میں رکھتے ہیں۔ ہم یہ صرف عملے کے ان لوگوں کو بتاتے ہیں جنہیں آپ کی مدد کے لیے اس کی ضرورت ہو۔
field-adjustments-label = کیا کوئی ایسی بات ہے جس سے آپ کے لیے ہم سے رابطہ رکھنا آسان ہو جائے؟
field-adjustments-hint = مثال کے طور پر، ترجمان، کوئی مدد کرنے والا ساتھ ہو، یا صرف خاص اوقات میں رابطہ۔
field-disability-label = کیا کوئی معذوری یا صحت کا مسئلہ ہے جس کے بارے میں آپ ہمیں بتانا چاہیں؟
field-disability-hint = صرف تب بتائیں جب آپ چاہیں۔ اس سے ہمیں آپ کے لیے چیزیں ٹھیک طرح کرنے میں مدد ملتی ہے۔
error-too-long = { $max ->
        [one] { $max } یا اس سے کم حرف استعمال کریں
       *[other] { $max } یا اس سے کم حروف استعمال کریں
    }
error-session-expired = آپ کے صفحے کا وقت ختم ہو گیا۔ آپ نے جو لکھا تھا وہ ہم نے محفوظ رکھا ہے۔ اسے دیکھ لیں اور دوبارہ "آگے بڑھیں" دبائیں۔

## Enquiry or service request

step-request-title = آپ کو کیا چاہیے؟
field-request-hint = ہمیں اپنا سوال بتائیں، یا وہ سروس جو آپ کو چاہیے۔ اگر آپ کو معلوم ہوں تو تاریخیں، جگہیں اور نام بھی لکھیں۔
error-request-required = بتائیں کہ آپ کو کیا چاہیے

## Compliment

step-compliment-about-title = آپ کس شخص یا کس ٹیم کا شکریہ ادا کرنا چاہتے ہیں؟
field-compliment-about-hint = مثال کے طور پر، مرمت کی ٹیم، یا وہ شخص جو آپ سے ملنے آیا تھا۔
error-compliment-about-required = بتائیں کہ آپ کس شخص یا کس ٹیم کا شکریہ ادا کرنا چاہتے ہیں
step-compliment-what-title = کیا اچھا ہوا؟
error-compliment-what-required = بتائیں کہ کیا اچھا ہوا
step-named-title = کیا ہم انہیں آپ کا نام بتا سکتے ہیں؟
field-named-hint = ہم دونوں صورتوں میں آپ کا شکریہ ان تک پہنچا دیں گے۔
option-named-yes = جی ہاں، انہیں میرا نام بتا دیں
option-named-no = نہیں، میرا نام نہ بتائیں
error-named-required = چنیں کہ کیا ہم انہیں آپ کا نام بتا سکتے ہیں
step-compliment-you-title = آپ کی تفصیلات
error-email-required = ای میل ایڈریس لکھیں

## Format or language request

step-document-title = آپ کو کیا چیز کسی اور فارمیٹ یا زبان میں چاہیے؟
field-document-label = کون سی دستاویز؟
option-document-policy = ہماری "ہم سے بات کریں" پالیسی
option-document-my-case = میری شکایت یا استفسار کے بارے میں خط
option-document-all-letters = اب سے مجھے بھیجے جانے والے سب خط
error-document-required = چنیں کہ آپ کو کون سی دستاویز چاہیے
field-document-reference-label = آپ کا ریفرنس نمبر
field-document-reference-hint = اگر آپ کو معلوم ہو۔ ریفرنس نمبر { $reference-example } جیسا ہوتا ہے۔
step-format-you-title = آپ کی تفصیلات
step-send-title = ہم اسے کہاں بھیجیں؟
field-send-by-label = ہم اسے کیسے بھیجیں؟
option-send-by-email = ای میل سے
option-send-by-post = ڈاک سے
error-send-by-required = چنیں کہ ہم اسے کیسے بھیجیں

## Check answers

check-title = اپنے جواب دیکھ لیں
check-send-title-complaint = اب اپنی شکایت بھیجیں
check-declaration-complaint = اسے بھیجنے پر ہم آپ کی شکایت درج کریں گے اور آپ کو ایک ریفرنس نمبر دیں گے۔
check-send-title-enquiry = اب اپنی درخواست بھیجیں
check-declaration-enquiry = اسے بھیجنے پر ہم آپ کی درخواست درج کریں گے اور آپ کو ایک ریفرنس نمبر دیں گے۔
check-send-title-compliment = اب اپنا شکریہ بھیجیں
check-declaration-compliment = اسے بھیجنے پر ہم آپ کا شکریہ آگے پہنچا دیں گے اور آپ کو ایک ریفرنس نمبر دیں گے۔
check-send-title-format = اب اپنی درخواست بھیجیں
check-declaration-format = اسے بھیجنے پر ہم آپ کی درخواست درج کریں گے اور آپ کو ایک ریفرنس نمبر دیں گے۔
