## Talk to Us: the frame of every page, the question pages and their messages.
## Plain English: short sentences, everyday words. Keys say where they are used.

service-name = আমাদের সাথে কথা বলুন
error-title-prefix = ত্রুটি:
skip-link = মূল অংশে চলে যান
language-nav-label = ভাষা বেছে নিন
back-link = ফিরে যান
footer-heading = সাহায্যের লিংক
footer-policy = ‘আমাদের সাথে কথা বলুন’ বিষয়ে আমাদের নীতি
footer-accessibility = সহজে ব্যবহারের সুবিধা (অ্যাক্সেসিবিলিটি) বিবৃতি
footer-privacy = গোপনীয়তা নোটিশ
footer-display = লেখার আকার ও রং বদলান
footer-phone = ফোন:
footer-email = ইমেইল:

## Parts of every form

error-summary-title = একটি সমস্যা হয়েছে
error-prefix = ত্রুটি:
notification-success-title = কাজটি হয়ে গেছে
label-optional = (ঐচ্ছিক)
button-continue = এগিয়ে যান
button-send = পাঠান
button-save = সেভ করুন
date-day = দিন
date-month = মাস
date-year = বছর
answer-not-given = দেওয়া হয়নি
change-link = বদলান
change-link-label = ‘{ $question }’ প্রশ্নের উত্তর বদলান

## Who is getting in touch

step-who-title = আপনি কার হয়ে যোগাযোগ করছেন?
option-who-myself = নিজের জন্য
option-who-someone-else = অন্য কারো জন্য
option-who-someone-else-hint = যেমন, পরিবারের কেউ, কোনো বন্ধু, বা এমন কেউ যাঁকে আপনি সাহায্য করেন।
option-who-official = এমপি, কাউন্সিলর বা বোর্ড সদস্য হিসেবে
error-who-required = আপনি কার হয়ে যোগাযোগ করছেন, তা বেছে নিন

step-representative-title = আপনার তথ্য
step-representative-intro =
    আপনি অন্য কারো হয়ে যোগাযোগ করতে পারেন। আপনি কে, তা আমাদের জানা দরকার।
    তিনি কীভাবে এতে রাজি হয়েছেন, তা আমরা পরের পাতায় জিজ্ঞেস করব।
field-rep-role-label = আপনি তাঁকে কীভাবে চেনেন?
option-rep-role-family-friend = আমি তাঁর পরিবারের সদস্য বা বন্ধু
option-rep-role-advocate = আমি একজন স্বাধীন অ্যাডভোকেসি কর্মী (মানুষকে তাঁদের নিজের কথা তুলে ধরতে সাহায্য করি)
option-rep-role-support-worker = আমি একজন সাপোর্ট ওয়ার্কার (সহায়তা কর্মী) বা কেয়ারার (দেখাশোনাকারী)
option-rep-role-solicitor = আমি একজন সলিসিটর (আইনজীবী)
option-rep-role-other = অন্য কিছু
error-rep-role-required = আপনি তাঁকে কীভাবে চেনেন, তা বেছে নিন
field-rep-name-label = আপনার পুরো নাম
error-rep-name-required = আপনার পুরো নাম লিখুন
field-rep-organisation-label = আপনার প্রতিষ্ঠান
field-rep-organisation-hint = যেমন, যে চ্যারিটি (দাতব্য সংস্থা) বা অফিসে আপনি কাজ করেন।
field-rep-email-label = আপনার ইমেইল ঠিকানা
field-rep-phone-label = আপনার ফোন নম্বর
error-rep-contact-required = আপনার একটি ইমেইল ঠিকানা বা ফোন নম্বর দিন

step-official-title = আপনার তথ্য
step-official-intro =
    একজন বাসিন্দার হয়ে যোগাযোগ করার জন্য ধন্যবাদ।
    আমরা এটিকে একটি আনুষ্ঠানিক জিজ্ঞাসা হিসেবে দেখি। আমাদের নীতিতে দেওয়া সময়ের মধ্যে আমরা আপনাকে উত্তর দেব।
field-official-role-label = আপনার পদ কী?
option-official-role-mp = সংসদ সদস্য (এমপি)
option-official-role-councillor = কাউন্সিলর
option-official-role-board-member = বোর্ড সদস্য
error-official-role-required = আপনার পদ বেছে নিন

step-consent-title = তাঁর অনুমতি
field-consent-label = আপনি আমাদের সাথে যোগাযোগ করবেন, এতে তিনি কীভাবে রাজি হয়েছেন?
field-consent-hint = আপনি তাঁর হয়ে কাজ করবেন, এতে তিনি খুশি কি না, তা আমাদের জানা দরকার।
option-consent-written = তিনি আমাকে লিখিত অনুমতি দিয়েছেন
option-consent-verbal = তিনি আমাকে মুখে বলেছেন যে তিনি রাজি, আর তিনি জানেন আমি আপনাদের সাথে যোগাযোগ করছি
option-consent-legal-authority = আমার কাছে পাওয়ার অফ অ্যাটর্নি (আমমোক্তারনামা), বা তাঁর হয়ে কাজ করার অন্য কোনো আইনি অধিকার আছে
option-consent-constituent = আমি তাঁর এমপি বা কাউন্সিলর, আর তিনি আমাকে সাহায্য করতে বলেছেন
error-consent-required = আপনি আমাদের সাথে যোগাযোগ করবেন, এতে তিনি কীভাবে রাজি হয়েছেন, তা বেছে নিন
field-send-to-label = চিঠি ও খবরাখবর আমরা কাকে পাঠাব?
option-send-to-customer = তাঁকে
option-send-to-representative = আমাকে
option-send-to-both = আমাদের দুজনকেই
error-send-to-required = চিঠি ও খবরাখবর আমরা কাকে পাঠাব, তা বেছে নিন

## The customer

step-customer-title = আপনার তথ্য
step-customer-title-behalf = তাঁর তথ্য
field-customer-name-label = আপনার পুরো নাম
field-customer-name-label-behalf = তাঁর পুরো নাম
error-customer-name-required = পুরো নাম লিখুন
field-customer-address-label = ঠিকানা
field-customer-address-label-behalf = তাঁর ঠিকানা
field-customer-address-hint = আপনি ডাকে চিঠি চাইলে এটি আমাদের দরকার।
field-customer-postcode-label = পোস্টকোড
field-customer-postcode-label-behalf = তাঁর পোস্টকোড
error-postcode-invalid = শুধু অক্ষর, সংখ্যা ও ফাঁকা জায়গা দিয়ে পোস্টকোড লিখুন, যেমন { $postcode-example }
field-tenancy-reference-label = ভাড়ার চুক্তির নম্বর (Tenancy reference)
field-tenancy-reference-label-behalf = তাঁর ভাড়ার চুক্তির নম্বর (Tenancy reference)
field-tenancy-reference-hint = এটি আপনার ভাড়ার চিঠিতে লেখা থাকে। না জানলে খালি রাখুন।

step-tenure-title = বাড়িটি কি আপনি ভাড়া নিয়েছেন, নাকি এটি আপনার নিজের?
step-tenure-title-behalf = বাড়িটি কি তিনি ভাড়া নিয়েছেন, নাকি এটি তাঁর নিজের?
option-tenure-tenant = আমাদের কাছ থেকে ভাড়া নেওয়া (ভাড়াটে)
option-tenure-leaseholder = লিজে কেনা (লিজহোল্ডার)
option-tenure-shared-owner = কিছু অংশ নিজের, বাকিটা ভাড়া (শেয়ার্ড ওনার)
option-tenure-other = অন্য কিছু, বা ভাড়াটে নন
error-tenure-required = বাড়িটি ভাড়া নেওয়া, নাকি নিজের, তা বেছে নিন

## Complaint

step-what-happened-title = কী সমস্যা হয়েছে?
field-what-happened-hint = নিজের মতো করে আমাদের বলুন। ‘অভিযোগ’ শব্দটি ব্যবহার করার দরকার নেই। জানা থাকলে তারিখ, জায়গা ও নাম লিখুন।
error-what-happened-required = কী সমস্যা হয়েছে, তা আমাদের বলুন

step-when-title = এটি কখন ঘটেছে, বা আপনি কখন জানতে পেরেছেন?
field-when-hint = যেমন, 27 3 2026। ঠিক মনে না থাকলে, আন্দাজে যতটা সম্ভব কাছাকাছি তারিখ দিন।
error-when-required = এটি যে তারিখে ঘটেছে, বা আপনি যে তারিখে জানতে পেরেছেন, তা লিখুন
error-date-incomplete = দিন, মাস ও বছর লিখুন
error-date-invalid = একটি সঠিক তারিখ লিখুন, যেমন 27 3 2026
error-date-future = তারিখটি আজকের, বা আজকের আগের হতে হবে

step-older-title = এটি বেশ কিছুদিন আগে ঘটেছে
step-older-intro =
    সমস্যাটি ঘটার, বা আপনি তা জানতে পারার { $months } মাসের মধ্যে করা অভিযোগ আমরা সাধারণত খতিয়ে দেখি।
    তবুও আমরা আপনার অভিযোগটি দেখতে পারি। দয়া করে এগিয়ে যান। সম্ভব হলে বলুন, কেন আপনি আগে যোগাযোগ করতে পারেননি।
    আমাদের একজন কর্মী সিদ্ধান্ত নেবেন। আমরা এটি দেখতে না পারলে, কেন পারছি না তা লিখে জানাব।

step-outcome-title = আপনি আমাদের কাছ থেকে কী চান?
field-outcome-hint = যেমন, কিছু ঠিক করে দেওয়া, দুঃখ প্রকাশ করা, বুঝিয়ে বলা, বা আমাদের কাজের ধরন বদলানো।
error-outcome-required = আপনি আমাদের কাছ থেকে কী চান, তা আমাদের বলুন

step-asked-before-title = এটি ঠিক করে দিতে আপনি কি আগে কখনো আমাদের বলেছেন?
field-asked-before-hint = যেমন, আপনি কোনো মেরামতের কথা জানিয়েছিলেন, কিন্তু তা করা হয়নি।
option-asked-before-yes = হ্যাঁ, আমি আগে বলেছি
option-asked-before-no = না, এই প্রথমবার
error-asked-before-required = আপনি আগে আমাদের বলেছেন কি না, তা বেছে নিন

step-route-title = আপনি কী চান, বিষয়টি আমরা কীভাবে দেখব?
step-route-intro =
    আপনি যদি এই প্রথমবার বলে থাকেন, আমরা প্রায়ই সেবার অনুরোধ হিসেবে তাড়াতাড়ি এর সমাধান করতে পারি। যেমন, আমরা মেরামতের দিন ঠিক করে দিই।
    আমরা যেভাবে বিষয়টি দেখি তাতে আপনি খুশি না হলে, তখনও আপনি অভিযোগ করতে পারবেন।
    আপনি চাইলে এখনই অভিযোগ করতে পারেন। সিদ্ধান্ত আপনার।
option-route-service-request = প্রথমে সেবার অনুরোধ হিসেবে দেখুন
option-route-complaint = এখনই অভিযোগ হিসেবে দেখুন
error-route-required = বিষয়টি আমরা কীভাবে দেখব, তা বেছে নিন

## Contact and letters

step-contact-title = আমরা আপনার সাথে কীভাবে যোগাযোগ করব?
step-contact-title-behalf = আমরা তাঁর সাথে কীভাবে যোগাযোগ করব?
field-contact-methods-label = আমরা আপনার সাথে কীভাবে যোগাযোগ করব?
field-contact-methods-label-behalf = আমরা তাঁর সাথে কীভাবে যোগাযোগ করব?
field-contact-methods-hint = যেগুলো সুবিধা হয়, সবগুলো বেছে নিন।
option-contact-methods-email = ইমেইল
option-contact-methods-phone = ফোন কল
option-contact-methods-letter = চিঠি
option-contact-methods-text = টেক্সট মেসেজ
error-contact-methods-required = যোগাযোগের অন্তত একটি উপায় বেছে নিন
field-email-label = ইমেইল ঠিকানা
field-email-label-behalf = তাঁর ইমেইল ঠিকানা
field-email-hint = শুধু এই বিষয়ে আপনার সাথে যোগাযোগ করতেই আমরা এটি ব্যবহার করব।
error-email-invalid = ইমেইল ঠিকানাটি ঠিকভাবে লিখুন, যেমন { $email-example }
error-email-no-at = @ চিহ্নসহ ইমেইল ঠিকানা লিখুন, যেমন { $email-example }
error-email-spaces = ইমেইল ঠিকানায় কোনো ফাঁকা জায়গা থাকতে পারে না
error-email-two-dots = ইমেইল ঠিকানায় পাশাপাশি দুটি ডট (..) থাকতে পারে না
error-email-dot-at-edge = @ চিহ্নের আগের অংশটি ডট (.) দিয়ে শুরু বা শেষ হতে পারে না
error-email-character = ইমেইল ঠিকানায় { $character } থাকতে পারে না
error-email-domain = @ চিহ্নের পরের অংশটি ঠিক নেই। এটি দেখতে example.com-এর মতো হওয়ার কথা
error-email-needed = একটি ইমেইল ঠিকানা লিখুন, অথবা যোগাযোগের উপায় হিসেবে ইমেইল বেছে নেবেন না
field-phone-label = ফোন নম্বর
field-phone-label-behalf = তাঁর ফোন নম্বর
field-phone-hint = ফোন কল বা টেক্সট মেসেজের জন্য।
error-phone-invalid = একটি ফোন নম্বর লিখুন, যেমন { $phone-example } বা { $mobile-example }
error-phone-needed = একটি ফোন নম্বর লিখুন, অথবা যোগাযোগের উপায় হিসেবে ফোন বা টেক্সট বেছে নেবেন না
error-address-needed = চিঠি পাঠাতে আমাদের একটি ঠিকানা দরকার। তথ্যের পাতায় ফিরে গিয়ে ঠিকানা লিখুন, অথবা অন্য কোনো উপায় বেছে নিন।
error-address-needed-here = যে ঠিকানায় ডাকে পাঠাতে হবে, তা লিখুন

step-updates-title = আমরা কত ঘন ঘন আপনাকে খবর জানাব?
field-update-frequency-label = আমরা কত ঘন ঘন আপনাকে খবর জানাব?
option-update-frequency-weekly = প্রতি সপ্তাহে
option-update-frequency-fortnightly = প্রতি ২ সপ্তাহে
option-update-frequency-when-news = শুধু কিছু বদলালে
error-update-frequency-required = আমরা কত ঘন ঘন আপনাকে খবর জানাব, তা বেছে নিন
field-avoid-times-label = যে সময়ে আমরা আপনার সাথে যোগাযোগ করব না
field-avoid-times-hint = যেমন, সকাল ১০টার আগে নয়, বা শুক্রবারে নয়।

step-letters-title = চিঠি ও কাগজপত্র
step-letters-intro = আমরা অন্য ভাষায় বা অন্য ফরম্যাটে চিঠি পাঠাতে পারি। আপনার জন্য কোনটি সবচেয়ে ভালো, তা আমাদের বলুন।
field-letter-language-label = কোন ভাষায়?
error-letter-language-required = একটি ভাষা বেছে নিন
field-letter-format-label = কোন ফরম্যাটে?
option-letter-format-standard = সাধারণ ছাপা
option-letter-format-large-print = বড় অক্ষরে ছাপা
option-letter-format-braille = ব্রেইল
option-letter-format-audio = অডিও (শোনার জন্য)
option-letter-format-easy-read = ইজি রিড (সহজ ভাষা ও ছবি)
error-letter-format-required = একটি ফরম্যাট বেছে নিন

step-adjustments-title = আমরা আপনাকে যেভাবে সাহায্য করতে পারি
step-adjustments-intro =
    আমরা চাই, আপনি যেন সহজে আমাদের সাথে কথা বলতে পারেন। এই প্রশ্নগুলোর উত্তর দেওয়া জরুরি নয়।
    আমরা জিজ্ঞেস করি, যাতে আপনার সাথে কাজ করার ধরন বদলাতে পারি। যেমন, হিয়ারিং লুপ (কানের যন্ত্রে পরিষ্কার শোনার ব্যবস্থা) আছে এমন জায়গায় আমরা আপনার সাথে দেখা করতে পারি, বা নির্দিষ্ট সময়ে ফোন করতে পারি।
    আমরা এটি গোপন রাখি। আপনাকে সাহায্য করতে যে কর্মীদের এটি জানা দরকার, শুধু তাঁদেরই জানাই।
field-adjustments-label = এমন কিছু কি আছে, যা আমাদের সাথে যোগাযোগ আপনার জন্য সহজ করবে?
field-adjustments-hint = যেমন, একজন দোভাষী, আপনাকে সাহায্য করার জন্য কেউ, বা শুধু নির্দিষ্ট সময়ে যোগাযোগ।
field-disability-label = আপনার কি কোনো প্রতিবন্ধিতা বা স্বাস্থ্য সমস্যা আছে, যা আপনি আমাদের জানাতে চান?
field-disability-hint = আপনি চাইলে তবেই বলুন। এতে আমরা আপনার জন্য ঠিকভাবে কাজ করতে পারি।
error-too-long = { $max } অক্ষর বা তার কম লিখুন
error-session-expired = আপনার পাতার সময় শেষ হয়ে গেছে। আপনি যা লিখেছিলেন, তা আমরা রেখে দিয়েছি। দেখে নিয়ে আবার ‘এগিয়ে যান’ চাপুন।

## Enquiry or service request

step-request-title = আপনার কী দরকার?
field-request-hint = আপনি কী জানতে চান, বা কোন সেবা আপনার দরকার, তা আমাদের বলুন। জানা থাকলে তারিখ, জায়গা ও নাম লিখুন।
error-request-required = আপনার কী দরকার, তা আমাদের বলুন

## Compliment

step-compliment-about-title = আপনি কাকে, বা কোন দলকে ধন্যবাদ দিতে চান?
field-compliment-about-hint = যেমন, মেরামত দল, বা যিনি আপনার বাড়িতে এসেছিলেন।
error-compliment-about-required = আপনি কাকে, বা কোন দলকে ধন্যবাদ দিতে চান, তা আমাদের বলুন
step-compliment-what-title = কী ভালো হয়েছে?
error-compliment-what-required = কী ভালো হয়েছে, তা আমাদের বলুন
step-named-title = আমরা কি তাঁদের আপনার নাম বলতে পারি?
field-named-hint = যেভাবেই হোক, আমরা আপনার ধন্যবাদ পৌঁছে দেব।
option-named-yes = হ্যাঁ, আমার নাম বলুন
option-named-no = না, আমার নাম গোপন রাখুন
error-named-required = আমরা তাঁদের আপনার নাম বলতে পারি কি না, তা বেছে নিন
step-compliment-you-title = আপনার তথ্য
error-email-required = একটি ইমেইল ঠিকানা লিখুন

## Format or language request

step-document-title = অন্য ফরম্যাটে বা অন্য ভাষায় আপনার কী দরকার?
field-document-label = কোন কাগজপত্র?
option-document-policy = ‘আমাদের সাথে কথা বলুন’ বিষয়ে আমাদের নীতি
option-document-my-case = আমার অভিযোগ বা জিজ্ঞাসা নিয়ে চিঠি
option-document-all-letters = এখন থেকে আমাকে পাঠানো সব চিঠি
error-document-required = কোন কাগজপত্র আপনার দরকার, তা বেছে নিন
field-document-reference-label = আপনার রেফারেন্স নম্বর
field-document-reference-hint = যদি আপনার জানা থাকে। এটি দেখতে এরকম: { $reference-example }।
step-format-you-title = আপনার তথ্য
step-send-title = আমরা এটি কোথায় পাঠাব?
field-send-by-label = আমরা এটি কীভাবে পাঠাব?
option-send-by-email = ইমেইলে
option-send-by-post = ডাকে
error-send-by-required = আমরা এটি কীভাবে পাঠাব, তা বেছে নিন

## Check answers

check-title = আপনার উত্তরগুলো দেখে নিন
check-send-title-complaint = এবার আপনার অভিযোগ পাঠান
check-declaration-complaint = এটি পাঠালে আমরা আপনার অভিযোগ নথিভুক্ত করব, আর আপনাকে একটি রেফারেন্স নম্বর দেব।
check-send-title-enquiry = এবার আপনার অনুরোধ পাঠান
check-declaration-enquiry = এটি পাঠালে আমরা আপনার অনুরোধ নথিভুক্ত করব, আর আপনাকে একটি রেফারেন্স নম্বর দেব।
check-send-title-compliment = এবার আপনার ধন্যবাদ পাঠান
check-declaration-compliment = এটি পাঠালে আমরা আপনার ধন্যবাদ পৌঁছে দেব, আর আপনাকে একটি রেফারেন্স নম্বর দেব।
check-send-title-format = এবার আপনার অনুরোধ পাঠান
check-declaration-format = এটি পাঠালে আমরা আপনার অনুরোধ নথিভুক্ত করব, আর আপনাকে একটি রেফারেন্স নম্বর দেব।
