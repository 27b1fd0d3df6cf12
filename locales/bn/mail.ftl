## Emails. Subjects give the reference and the kind of message, never what a complaint is about.

mail-subject-receipt-complaint = অভিযোগ { $reference }: আমরা পেয়েছি
mail-subject-receipt-service-request = অনুরোধ { $reference }: আমরা পেয়েছি
mail-subject-receipt-formal-enquiry = জিজ্ঞাসা { $reference }: আমরা পেয়েছি
mail-subject-receipt-format-request = অনুরোধ { $reference }: আমরা পেয়েছি
mail-subject-compliment-thanks = আপনার প্রশংসা { $reference }: ধন্যবাদ
mail-subject-staff-new-case = নতুন { $kind } { $reference }
mail-subject-acknowledgement = অভিযোগ { $reference }: ধাপ { $stage } শুরু হয়েছে
mail-subject-extension = অভিযোগ { $reference }: আমাদের উত্তরের নতুন তারিখ
mail-subject-response = অভিযোগ { $reference }: ধাপ { $stage }-এ আমাদের উত্তর
mail-subject-refusal = অভিযোগ { $reference }: আমাদের সিদ্ধান্ত

## Parts of every email

mail-greeting = প্রিয় { $name },
mail-sign-off = { $landlord }-এর অভিযোগ দলের পক্ষ থেকে
mail-sign-off-general = { $landlord }-এর সবার পক্ষ থেকে
mail-reference = আপনার রেফারেন্স নম্বর
mail-reference-quote = আমাদের সাথে যোগাযোগ করার সময় দয়া করে আপনার রেফারেন্স নম্বর { $reference } বলুন।
mail-contact-title = কীভাবে আমাদের সাথে যোগাযোগ করবেন
mail-contact-reply = আপনি এই ইমেইলের উত্তর দিতে পারেন।
mail-ombudsman-anytime = আপনি যেকোনো সময় হাউজিং ন্যায়পালের কাছে বিনামূল্যে পরামর্শ চাইতে পারেন। এর জন্য আমাদের উত্তরের অপেক্ষা করতে হবে না।
mail-formats = আমরা আমাদের চিঠি বড় অক্ষরে ছাপা, ব্রেইল, অডিও, ইজি রিড বা অন্য ভাষায় পাঠাতে পারি। শুধু আমাদের বলুন।

## Receipt: sent when someone sends us something

mail-receipt-title-complaint = আমরা আপনার অভিযোগ পেয়েছি
mail-receipt-title-service-request = আমরা আপনার অনুরোধ পেয়েছি
mail-receipt-title-formal-enquiry = আমরা আপনার জিজ্ঞাসা পেয়েছি
mail-receipt-title-format-request = আমরা আপনার অনুরোধ পেয়েছি
mail-receipt-received = আমরা এটি { $date } তারিখে পেয়েছি। আমাদের জানানোর জন্য ধন্যবাদ।
mail-receipt-received-for = আমরা এটি { $date } তারিখে পেয়েছি। আপনি এটি { $customer }-এর হয়ে পাঠিয়েছেন। আমাদের জানানোর জন্য ধন্যবাদ।
mail-receipt-next-complaint =
    { $date } তারিখের মধ্যে আমরা আপনার সাথে যোগাযোগ করব। অভিযোগটি আমরা ঠিকভাবে বুঝেছি কি না, আর আপনি আমাদের কাছ থেকে কী চান, তা আমরা মিলিয়ে নেব।
    এরপর আরও { $later } কর্মদিবসের মধ্যে আমরা আপনাকে আমাদের পূর্ণ উত্তর পাঠাব।
    আরও সময় লাগলে, কেন লাগছে, আর কবে আপনি আমাদের কাছ থেকে খবর পাবেন, তা আমরা জানাব।
mail-receipt-next-service-request =
    আপনার অনুরোধ নিয়ে আমরা { $date } তারিখের মধ্যে আপনার সাথে যোগাযোগ করব।
    আমরা যেভাবে বিষয়টি দেখি তাতে আপনি খুশি না হলে, আপনি অভিযোগ করতে পারেন।
mail-receipt-next-formal-enquiry =
    আমরা { $date } তারিখের মধ্যে উত্তর দেব।
    অর্থাৎ { $days } কর্মদিবসের মধ্যে।
mail-receipt-next-format-request =
    এর ব্যবস্থা করতে আমরা { $date } তারিখের মধ্যে আপনার সাথে যোগাযোগ করব।
mail-receipt-answers-title = আপনি আমাদের যা বলেছেন
mail-receipt-answers-private = স্বাস্থ্য নিয়ে কোনো কথা আমরা এখানে দিইনি। সেটি আমাদের রেকর্ডে নিরাপদে আছে।
mail-receipt-add-title = কিছু যোগ করতে, বা খোঁজ নিতে
mail-receipt-add = কিছু যোগ করতে, বা কাজ কতদূর এগোল তা জানতে, এই ইমেইলের উত্তর দিন, বা আমাদের ফোন করুন। দয়া করে আপনার রেফারেন্স নম্বর বলুন।
mail-receipt-help-title = কেউ আপনাকে সাহায্য করতে পারেন
mail-receipt-help = আপনি চাইলে আপনার হয়ে অন্য কেউ কাজ করতে পারেন। যেমন, পরিবারের কেউ, কোনো বন্ধু, কোনো অ্যাডভোকেসি কর্মী (আইনজীবী নন, যিনি আপনার কথা তুলে ধরতে সাহায্য করেন), সাপোর্ট ওয়ার্কার, আপনার এমপি বা কোনো কাউন্সিলর। তিনি কে, তা আমাদের জানান।

## Thanks for a compliment

mail-thanks-title = আপনার সুন্দর কথাগুলোর জন্য ধন্যবাদ
mail-thanks-body = আমরা { $date } তারিখে আপনার বার্তা পেয়েছি। { $due } তারিখের মধ্যে আমরা আপনার ধন্যবাদ পৌঁছে দেব।
mail-thanks-named = আপনি বলেছেন, আমরা অন্যদের আপনার নাম বলতে পারি।
mail-thanks-not-named = আমরা কাউকে আপনার নাম বলব না।

## New case notice for staff. No complaint text and no health information.

mail-staff-team = { $landlord }-এর অভিযোগ দল
mail-staff-title = নতুন { $kind }
mail-staff-intro = একটি নতুন কেস এসেছে। পড়তে হলে কেসটি খুলুন।
mail-staff-kind = ধরন
mail-staff-received = পাওয়ার তারিখ
mail-staff-channel = মাধ্যম
mail-staff-channel-online = অনলাইন ফর্ম
mail-staff-made-by = কে পাঠিয়েছেন
mail-staff-made-by-customer = গ্রাহক নিজে
mail-staff-made-by-representative = একজন প্রতিনিধি ({ $role })
mail-staff-made-by-official = একজন এমপি, কাউন্সিলর বা বোর্ড সদস্য ({ $role })
mail-staff-page-language = ফর্মের ভাষা
mail-staff-letter-language = চিঠির ভাষা
mail-staff-letter-format = চিঠির ফরম্যাট
mail-staff-requests = যে ফরম্যাট ও বিশেষ ব্যবস্থা চাওয়া হয়েছে
mail-staff-requests-none = কিছু না
mail-staff-emailed = প্রাপ্তির ইমেইল যাঁকে পাঠানো হয়েছে
mail-staff-emailed-none = কাউকে না: কোনো ইমেইল ঠিকানা নেই। চিঠি পাঠান বা ফোন করুন।
mail-staff-link = কেসটি খুলুন:
mail-staff-reference = রেফারেন্স নম্বর
mail-staff-due = পরের পদক্ষেপের শেষ তারিখ
mail-kind-complaint = অভিযোগ
mail-kind-service-request = সেবার অনুরোধ
mail-kind-formal-enquiry = আনুষ্ঠানিক জিজ্ঞাসা
mail-kind-compliment = প্রশংসা
mail-kind-format-request = ফরম্যাট বা ভাষার অনুরোধ
mail-role-customer = গ্রাহক
mail-role-representative = প্রতিনিধি
mail-staff-role-family-friend = পরিবারের সদস্য বা বন্ধু
mail-staff-role-advocate = স্বাধীন অ্যাডভোকেসি কর্মী
mail-staff-role-support-worker = সাপোর্ট ওয়ার্কার বা কেয়ারার
mail-staff-role-solicitor = সলিসিটর (আইনজীবী)
mail-staff-role-other = অন্য কেউ
mail-staff-role-mp = এমপি
mail-staff-role-councillor = কাউন্সিলর
mail-staff-role-board-member = বোর্ড সদস্য
mail-request-format = অন্য ফরম্যাট
mail-request-language = অন্য ভাষা
mail-request-adjustment = বিশেষ ব্যবস্থা

## Acknowledgement (stage 1 or stage 2)

mail-ack-title = আমরা আপনার অভিযোগটি দেখা শুরু করেছি
mail-ack-stage = এটি আমাদের অভিযোগ প্রক্রিয়ার ধাপ { $stage }।
mail-ack-understand = আমরা যা বুঝেছি, আপনার অভিযোগটি এই বিষয়ে:
mail-ack-outcomes = আপনি আমাদের কাছ থেকে যা চান:
mail-ack-wrong = আমরা ভুল বুঝে থাকলে, দয়া করে যত তাড়াতাড়ি সম্ভব আমাদের জানান।
mail-ack-answer-by = আমরা { $date } তারিখের মধ্যে আপনাকে আমাদের উত্তর পাঠাব।
mail-ack-handler = { $handler } আপনার অভিযোগটি দেখছেন।

## Extension

mail-extension-title = উত্তর দিতে আমাদের আরও সময় লাগবে
mail-extension-body = আমরা দুঃখিত, { $old } তারিখের মধ্যে আমরা আপনার অভিযোগের উত্তর দিতে পারছি না। আমরা { $new } তারিখের মধ্যে উত্তর দেব।
mail-extension-why = কেন আমাদের আরও সময় লাগবে:
mail-extension-ombudsman = আমাদের আরও সময় লাগছে বলে আপনি খুশি না হলে, আপনি হাউজিং ন্যায়পালের সাথে যোগাযোগ করতে পারেন।

## Response

mail-response-title = আপনার অভিযোগের বিষয়ে আমাদের উত্তর
mail-response-stage = এটি আমাদের অভিযোগ প্রক্রিয়ার ধাপ { $stage }-এ আমাদের উত্তর।
mail-response-points = আমরা কী কী দেখেছি, আর কী সিদ্ধান্ত নিয়েছি
mail-response-decision-upheld = অভিযোগের সত্যতা পাওয়া গেছে: আমরা মানছি যে কিছু ভুল হয়েছে।
mail-response-decision-partly-upheld = অভিযোগের আংশিক সত্যতা পাওয়া গেছে: আমরা মানছি যে কিছু কিছু বিষয়ে ভুল হয়েছে।
mail-response-decision-not-upheld = অভিযোগের সত্যতা পাওয়া যায়নি: আমরা দেখেছি, কিন্তু আমাদের মনে হয় না যে কোনো কিছু ভুল হয়েছে।
mail-response-reasons = কেন আমরা এই সিদ্ধান্ত নিয়েছি
mail-response-remedies = সবকিছু ঠিক করতে আমরা যা করব
mail-response-remedy = { $what } ({ $date } তারিখের মধ্যে)
mail-response-no-remedy = আমাদের ঠিক করতে হবে, এমন কিছু আমরা পাইনি।
mail-response-outstanding = আমাদের এখনও যা করতে হবে
mail-response-nothing-outstanding = আমাদের আর কিছু করার বাকি নেই।
mail-escalate-title = আমাদের উত্তরে আপনি খুশি না হলে
mail-escalate-how = আপনার অভিযোগটি আবার দেখতে আপনি আমাদের বলতে পারেন। এটি হলো ধাপ ২। এই ইমেইলের উত্তর দিন, আমাদের ফোন করুন, বা আমাদের চিঠি লিখুন।
mail-escalate-by = দয়া করে { $date } তারিখের মধ্যে বলুন। এর পরে বললে, কেন দেরি হলো তা আমাদের জানান। আমরা বিষয়টি ভেবে দেখব।
mail-escalate-no-reasons = কারণ বলার দরকার নেই। তবে কোন বিষয়ে আপনি এখনও খুশি নন, তা বললে আমাদের সুবিধা হয়।
mail-final-body = এটি আমাদের চূড়ান্ত উত্তর। এরপরও আপনি খুশি না হলে, আপনার অভিযোগটি খতিয়ে দেখতে আপনি হাউজিং ন্যায়পালকে বলতে পারেন। এর জন্য কোনো টাকা লাগে না। তারা আমাদের হয়ে কাজ করে না।

## Refusal

mail-refusal-title = আমাদের অভিযোগ প্রক্রিয়ায় আমরা আপনার অভিযোগটি নিতে পারছি না
mail-refusal-stage = আমাদের অভিযোগ প্রক্রিয়ার ধাপ { $stage }-এ আমরা এটি নিতে পারছি না।
mail-refusal-why = কারণ:
mail-refusal-ombudsman = আপনি একমত না হলে, আমাদের সিদ্ধান্তটি খতিয়ে দেখতে আপনি হাউজিং ন্যায়পালকে বলতে পারেন।
