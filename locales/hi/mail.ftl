## Emails. Subjects give the reference and the kind of message, never what a complaint is about.

mail-subject-receipt-complaint = शिकायत { $reference }: हमें मिल गई है
mail-subject-receipt-service-request = अनुरोध { $reference }: हमें मिल गया है
mail-subject-receipt-formal-enquiry = पूछताछ { $reference }: हमें मिल गई है
mail-subject-receipt-format-request = अनुरोध { $reference }: हमें मिल गया है
mail-subject-compliment-thanks = आपकी तारीफ़ { $reference }: धन्यवाद
mail-subject-staff-new-case = नया मामला: { $kind } { $reference }
mail-subject-acknowledgement = शिकायत { $reference }: चरण { $stage } शुरू हुआ
mail-subject-extension = शिकायत { $reference }: हमारे जवाब की नई तारीख
mail-subject-response = शिकायत { $reference }: चरण { $stage } में हमारा जवाब
mail-subject-refusal = शिकायत { $reference }: हमारा फ़ैसला

## Parts of every email

mail-greeting = प्रिय { $name },
mail-sign-off = { $landlord } की शिकायत टीम की ओर से
mail-sign-off-general = { $landlord } में हम सबकी ओर से
mail-reference = आपका संदर्भ नंबर
mail-reference-quote = हमसे संपर्क करते समय कृपया अपना संदर्भ नंबर { $reference } बताएँ।
mail-contact-title = हमसे संपर्क कैसे करें
mail-contact-reply = आप इस ईमेल का जवाब दे सकते हैं।
mail-ombudsman-anytime = आप कभी भी आवास लोकपाल (Housing Ombudsman) से मुफ़्त सलाह ले सकते हैं। आपको हमारे जवाब का इंतज़ार करने की ज़रूरत नहीं है।
mail-formats = हम अपनी चिट्ठियाँ बड़े अक्षरों में छपाई, ब्रेल, ऑडियो, आसान भाषा (ईज़ी रीड) या किसी और भाषा में भेज सकते हैं। बस हमसे कहें।

## Receipt: sent when someone sends us something

mail-receipt-title-complaint = हमें आपकी शिकायत मिल गई है
mail-receipt-title-service-request = हमें आपका अनुरोध मिल गया है
mail-receipt-title-formal-enquiry = हमें आपकी पूछताछ मिल गई है
mail-receipt-title-format-request = हमें आपका अनुरोध मिल गया है
mail-receipt-received = हमें यह { $date } को मिला। हमें बताने के लिए धन्यवाद।
mail-receipt-received-for = हमें यह { $date } को मिला। आपने इसे { $customer } की ओर से भेजा है। हमें बताने के लिए धन्यवाद।
mail-receipt-next-complaint =
    हम { $date } तक आपसे संपर्क करेंगे। हम पक्का करेंगे कि हमने आपकी शिकायत ठीक से समझी है, और यह भी कि आप हमसे क्या करवाना चाहते हैं।
    इसके बाद, अगले { $later ->
        [one] { $later } कामकाजी दिन
       *[other] { $later } कामकाजी दिनों
    } के अंदर हम आपको अपना पूरा जवाब भेजेंगे।
    अगर हमें ज़्यादा समय चाहिए, तो हम आपको बताएँगे कि क्यों, और आपको हमसे कब जवाब मिलेगा।
mail-receipt-next-service-request =
    हम आपके अनुरोध के बारे में { $date } तक आपसे संपर्क करेंगे।
    अगर आप इस बात से खुश नहीं हैं कि हमने इसे कैसे निपटाया, तो आप शिकायत कर सकते हैं।
mail-receipt-next-formal-enquiry =
    हम { $date } तक जवाब देंगे।
    यानी { $days ->
        [one] { $days } कामकाजी दिन
       *[other] { $days } कामकाजी दिनों
    } के अंदर।
mail-receipt-next-format-request =
    इसका इंतज़ाम करने के लिए हम { $date } तक आपसे संपर्क करेंगे।
mail-receipt-answers-title = आपने हमें क्या बताया
mail-receipt-answers-private = सेहत के बारे में कोई भी बात हमने यहाँ नहीं लिखी है। वह हमारे रिकॉर्ड में सुरक्षित है।
mail-receipt-add-title = कुछ और बताना हो या कुछ पूछना हो
mail-receipt-add = कुछ और बताने के लिए, या यह पूछने के लिए कि काम कहाँ तक पहुँचा, इस ईमेल का जवाब दें या हमें फ़ोन करें। कृपया अपना संदर्भ नंबर बताएँ।
mail-receipt-help-title = कोई आपकी मदद कर सकता है
mail-receipt-help = अगर आप चाहें, तो कोई और आपकी ओर से बात कर सकता है। जैसे, परिवार का कोई सदस्य, कोई दोस्त, कोई स्वतंत्र सहायक (एडवोकेसी वर्कर – वकील नहीं, बल्कि ऐसा व्यक्ति जो आपकी बात रखने में मदद करता है), कोई सपोर्ट वर्कर, आपके सांसद (MP) या कोई पार्षद (काउंसलर)। हमें बताएँ कि वे कौन हैं।

## Thanks for a compliment

mail-thanks-title = आपके अच्छे शब्दों के लिए धन्यवाद
mail-thanks-body = हमें आपका संदेश { $date } को मिला। हम { $due } तक आपका धन्यवाद आगे पहुँचा देंगे।
mail-thanks-named = आपने कहा है कि हम लोगों को आपका नाम बता सकते हैं।
mail-thanks-not-named = हम किसी को आपका नाम नहीं बताएँगे।

## New case notice for staff. No complaint text and no health information.

mail-staff-team = { $landlord } की शिकायत टीम
mail-staff-title = नया मामला: { $kind }
mail-staff-intro = एक नया मामला आया है। पढ़ने के लिए मामला खोलें।
mail-staff-kind = प्रकार
mail-staff-received = मिलने की तारीख
mail-staff-channel = माध्यम
mail-staff-channel-online = ऑनलाइन फ़ॉर्म
mail-staff-made-by = किसने भेजा
mail-staff-made-by-customer = ग्राहक ने खुद
mail-staff-made-by-representative = प्रतिनिधि ({ $role })
mail-staff-made-by-official = सांसद (MP), पार्षद (काउंसलर) या बोर्ड सदस्य ({ $role })
mail-staff-page-language = फ़ॉर्म की भाषा
mail-staff-letter-language = चिट्ठियों की भाषा
mail-staff-letter-format = चिट्ठियों का फ़ॉर्मेट
mail-staff-requests = माँगे गए फ़ॉर्मेट और खास इंतज़ाम
mail-staff-requests-none = कोई नहीं
mail-staff-emailed = पावती का ईमेल किसे भेजा गया
mail-staff-emailed-none = किसी को नहीं: कोई ईमेल पता नहीं है। चिट्ठी भेजें या फ़ोन करें।
mail-staff-link = मामला खोलें:
mail-staff-reference = संदर्भ नंबर
mail-staff-due = अगला कदम इस तारीख तक
mail-kind-complaint = शिकायत
mail-kind-service-request = सेवा अनुरोध
mail-kind-formal-enquiry = औपचारिक पूछताछ
mail-kind-compliment = तारीफ़
mail-kind-format-request = फ़ॉर्मेट या भाषा का अनुरोध
mail-role-customer = ग्राहक
mail-role-representative = प्रतिनिधि
mail-request-format = कोई और फ़ॉर्मेट
mail-request-language = कोई और भाषा
mail-request-adjustment = कोई खास इंतज़ाम

## Acknowledgement (stage 1 or stage 2)

mail-ack-title = हमने आपकी शिकायत देखना शुरू कर दिया है
mail-ack-stage = यह हमारी शिकायत प्रक्रिया का चरण { $stage } है।
mail-ack-understand = हमारी समझ में आपकी शिकायत इस बारे में है:
mail-ack-outcomes = आप हमसे यह करवाना चाहते हैं:
mail-ack-wrong = अगर हमने कुछ गलत समझा है, तो कृपया जितनी जल्दी हो सके हमें बताएँ।
mail-ack-answer-by = हम { $date } तक आपको अपना जवाब भेजेंगे।
mail-ack-handler = { $handler } आपकी शिकायत देख रहे हैं।

## Extension

mail-extension-title = जवाब देने के लिए हमें और समय चाहिए
mail-extension-body = हमें खेद है, लेकिन हम { $old } तक आपकी शिकायत का जवाब नहीं दे पाएँगे। हम { $new } तक जवाब देंगे।
mail-extension-why = हमें और समय क्यों चाहिए:
mail-extension-ombudsman = अगर आप इस बात से खुश नहीं हैं कि हमें और समय चाहिए, तो आप आवास लोकपाल (Housing Ombudsman) से संपर्क कर सकते हैं।

## Response

mail-response-title = आपकी शिकायत पर हमारा जवाब
mail-response-stage = यह हमारी शिकायत प्रक्रिया के चरण { $stage } में हमारा जवाब है।
mail-response-points = हमने क्या देखा और क्या फ़ैसला किया
mail-response-decision-upheld = शिकायत सही पाई गई: हम मानते हैं कि कुछ गलत हुआ।
mail-response-decision-partly-upheld = शिकायत कुछ हद तक सही पाई गई: हम मानते हैं कि कुछ बातें गलत हुईं।
mail-response-decision-not-upheld = शिकायत सही नहीं पाई गई: हमें नहीं लगता कि कुछ भी गलत हुआ।
mail-response-reasons = हमने यह फ़ैसला क्यों किया
mail-response-remedies = चीज़ें ठीक करने के लिए हम क्या करेंगे
mail-response-remedy = { $what } ({ $date } तक)
mail-response-no-remedy = हमें ऐसा कुछ नहीं मिला जिसे हमें ठीक करना हो।
mail-response-outstanding = हमें अभी और क्या करना है
mail-response-nothing-outstanding = हमें और कुछ नहीं करना है।
mail-escalate-title = अगर आप हमारे जवाब से खुश नहीं हैं
mail-escalate-how = आप हमसे अपनी शिकायत फिर से देखने के लिए कह सकते हैं। यह चरण 2 है। इस ईमेल का जवाब दें, हमें फ़ोन करें या हमें चिट्ठी लिखें।
mail-escalate-by = कृपया { $date } तक कहें। अगर आप बाद में कहते हैं, तो हमें वजह बताएँ। हम उस पर सोचेंगे।
mail-escalate-no-reasons = आपको वजह बताने की ज़रूरत नहीं है। पर अगर आप बताएँ कि आप अब भी किस बात से खुश नहीं हैं, तो इससे हमें मदद मिलती है।
mail-final-body = यह हमारा आखिरी जवाब है। अगर आप अब भी खुश नहीं हैं, तो आप आवास लोकपाल (Housing Ombudsman) से अपनी शिकायत की जाँच करने के लिए कह सकते हैं। इसके लिए कोई पैसा नहीं लगता। वह हमारे लिए काम नहीं करता।

## Refusal

mail-refusal-title = हम आपकी शिकायत को अपनी शिकायत प्रक्रिया में नहीं ले सकते
mail-refusal-stage = हम इसे अपनी शिकायत प्रक्रिया के चरण { $stage } में नहीं ले सकते।
mail-refusal-why = क्यों:
mail-refusal-ombudsman = अगर आप सहमत नहीं हैं, तो आप आवास लोकपाल (Housing Ombudsman) से हमारे फ़ैसले की जाँच करने के लिए कह सकते हैं।
mail-staff-role-family-friend = परिवार का सदस्य या दोस्त
mail-staff-role-advocate = स्वतंत्र सहायक (एडवोकेसी वर्कर)
mail-staff-role-support-worker = सपोर्ट वर्कर या देखभालकर्ता
mail-staff-role-solicitor = सॉलिसिटर (वकील)
mail-staff-role-other = कुछ और
mail-staff-role-mp = सांसद (MP)
mail-staff-role-councillor = पार्षद (काउंसलर)
mail-staff-role-board-member = बोर्ड सदस्य
