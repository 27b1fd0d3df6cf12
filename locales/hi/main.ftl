## Talk to Us: the frame of every page, the question pages and their messages.
## Plain English: short sentences, everyday words. Keys say where they are used.

service-name = हमसे बात करें
error-title-prefix = गलती:
skip-link = सीधे मुख्य जानकारी पर जाएँ
language-nav-label = भाषा चुनें
back-link = वापस
footer-heading = मदद के लिंक
footer-policy = हमारी “हमसे बात करें” नीति
footer-accessibility = सुलभता के बारे में जानकारी
footer-privacy = गोपनीयता सूचना
footer-display = अक्षरों का आकार और रंग बदलें
footer-phone = फ़ोन:
footer-email = ईमेल:

## Parts of every form

error-summary-title = एक समस्या है
error-prefix = गलती:
notification-success-title = सफलता
label-optional = (ज़रूरी नहीं)
button-continue = आगे बढ़ें
button-send = भेजें
button-save = सेव करें
date-day = दिन
date-month = महीना
date-year = साल
answer-not-given = नहीं बताया
change-link = बदलें

## Who is getting in touch

step-who-title = आप किसके लिए संपर्क कर रहे हैं?
option-who-myself = अपने लिए
option-who-someone-else = किसी और के लिए
option-who-someone-else-hint = जैसे, परिवार का कोई सदस्य, कोई दोस्त या कोई ऐसा व्यक्ति जिसकी आप मदद करते हैं।
option-who-official = सांसद (MP), पार्षद (काउंसलर) या बोर्ड सदस्य के रूप में
error-who-required = चुनें कि आप किसके लिए संपर्क कर रहे हैं

step-representative-title = आपकी जानकारी
step-representative-intro =
    आप किसी और की ओर से हमसे संपर्क कर सकते हैं। हमें यह जानना है कि आप कौन हैं।
    अगले पेज पर हम पूछेंगे कि उन्होंने इसके लिए हाँ कैसे कही।
field-rep-role-label = आप उन्हें कैसे जानते हैं?
option-rep-role-family-friend = मैं परिवार का सदस्य या दोस्त हूँ
option-rep-role-advocate = मैं एक स्वतंत्र सहायक (एडवोकेसी वर्कर) हूँ
option-rep-role-support-worker = मैं सपोर्ट वर्कर या देखभालकर्ता (केयरर) हूँ
option-rep-role-solicitor = मैं सॉलिसिटर (वकील) हूँ
option-rep-role-other = कुछ और
error-rep-role-required = चुनें कि आप उन्हें कैसे जानते हैं
field-rep-name-label = आपका पूरा नाम
error-rep-name-required = अपना पूरा नाम लिखें
field-rep-organisation-label = आपकी संस्था
field-rep-organisation-hint = जैसे, वह चैरिटी या दफ़्तर जहाँ आप काम करते हैं।
field-rep-email-label = आपका ईमेल पता
field-rep-phone-label = आपका फ़ोन नंबर
error-rep-contact-required = हमें अपना ईमेल पता या फ़ोन नंबर दें

step-official-title = आपकी जानकारी
step-official-intro =
    किसी निवासी की ओर से संपर्क करने के लिए धन्यवाद।
    हम इसे औपचारिक पूछताछ मानते हैं। हम अपनी नीति में दिए गए समय के अंदर आपको जवाब देंगे।
field-official-role-label = आपका पद क्या है?
option-official-role-mp = संसद सदस्य (MP)
option-official-role-councillor = पार्षद (काउंसलर)
option-official-role-board-member = बोर्ड सदस्य
error-official-role-required = अपना पद चुनें

step-consent-title = उनकी अनुमति
field-consent-label = उन्होंने आपको हमसे संपर्क करने की अनुमति कैसे दी?
field-consent-hint = हमें यह जानना है कि वे इस बात से खुश हैं कि आप उनकी ओर से बात करें।
option-consent-written = उन्होंने मुझे लिखकर अनुमति दी है
option-consent-verbal = उन्होंने मुझसे कहा है कि वे सहमत हैं, और उन्हें पता है कि मैं आपसे संपर्क कर रहा/रही हूँ
option-consent-legal-authority = मेरे पास पावर ऑफ़ अटॉर्नी है, या उनकी ओर से काम करने का कोई और कानूनी अधिकार है
option-consent-constituent = मैं उनका सांसद या पार्षद हूँ, और उन्होंने मुझसे मदद माँगी है
error-consent-required = चुनें कि उन्होंने आपको हमसे संपर्क करने की अनुमति कैसे दी
field-send-to-label = हम चिट्ठियाँ और ताज़ा जानकारी किसे भेजें?
option-send-to-customer = उन्हें
option-send-to-representative = मुझे
option-send-to-both = हम दोनों को
error-send-to-required = चुनें कि हम चिट्ठियाँ और ताज़ा जानकारी किसे भेजें

## The customer

step-customer-title = आपकी जानकारी
step-customer-title-behalf = उनकी जानकारी
field-customer-name-label = आपका पूरा नाम
field-customer-name-label-behalf = उनका पूरा नाम
error-customer-name-required = पूरा नाम लिखें
field-customer-address-label = पता
field-customer-address-label-behalf = उनका पता
field-customer-address-hint = अगर आप चिट्ठियाँ डाक से चाहते हैं, तो हमें इसकी ज़रूरत है।
field-customer-postcode-label = पोस्टकोड
field-customer-postcode-label-behalf = उनका पोस्टकोड
error-postcode-invalid = पोस्टकोड में केवल अक्षर, अंक और खाली जगह लिखें, जैसे { $postcode-example }
field-tenancy-reference-label = किराएदारी संदर्भ नंबर
field-tenancy-reference-label-behalf = उनका किराएदारी संदर्भ नंबर
field-tenancy-reference-hint = यह आपके किराए की चिट्ठियों पर लिखा होता है। अगर आपको यह नहीं पता, तो इसे खाली छोड़ दें।

step-tenure-title = आपका घर किराए का है या आपका अपना है?
step-tenure-title-behalf = उनका घर किराए का है या उनका अपना है?
option-tenure-tenant = हमसे किराए पर (किराएदार)
option-tenure-leaseholder = लीज़ पर अपना (लीज़होल्डर)
option-tenure-shared-owner = कुछ हिस्सा अपना, कुछ किराए पर (शेयर्ड ओनर)
option-tenure-other = कुछ और, या किराएदार नहीं
error-tenure-required = चुनें कि घर किराए का है या अपना

## Complaint

step-what-happened-title = क्या गलत हुआ?
field-what-happened-hint = अपने शब्दों में बताएँ। आपको “शिकायत” शब्द लिखने की ज़रूरत नहीं है। अगर आपको तारीखें, जगहें और नाम पता हैं, तो वे भी लिखें।
error-what-happened-required = बताएँ कि क्या गलत हुआ

step-when-title = यह कब हुआ, या आपको कब पता चला?
field-when-hint = जैसे, 27 3 2026। अगर आपको पक्का नहीं पता, तो अंदाज़े से बताएँ।
error-when-required = वह तारीख लिखें जब यह हुआ या आपको पता चला
error-date-incomplete = दिन, महीना और साल लिखें
error-date-invalid = सही तारीख लिखें, जैसे 27 3 2026
error-date-future = तारीख आज की या उससे पहले की होनी चाहिए

step-older-title = यह कुछ समय पहले हुआ था
step-older-intro =
    हम आम तौर पर उन शिकायतों को देखते हैं जो समस्या होने के, या उसका पता चलने के { $months } महीने के अंदर आती हैं।
    हम फिर भी आपकी शिकायत देख सकते हैं। कृपया आगे बढ़ें। अगर हो सके, तो बताएँ कि आप हमसे पहले संपर्क क्यों नहीं कर पाए।
    हमारे स्टाफ़ का कोई सदस्य फ़ैसला करेगा। अगर हम इसे नहीं देख सकते, तो हम आपको लिखकर बताएँगे कि क्यों।

step-outcome-title = आप चाहते हैं कि हम क्या करें?
field-outcome-hint = जैसे, कुछ ठीक करें, माफ़ी माँगें, बात समझाएँ, या अपने काम करने का तरीका बदलें।
error-outcome-required = बताएँ कि आप हमसे क्या करवाना चाहते हैं

step-asked-before-title = क्या आपने इसे ठीक करवाने के लिए हमसे पहले भी कहा है?
field-asked-before-hint = जैसे, आपने मरम्मत के लिए बताया था और मरम्मत नहीं हुई।
option-asked-before-yes = हाँ, मैंने पहले भी कहा है
option-asked-before-no = नहीं, यह पहली बार है
error-asked-before-required = चुनें कि आपने हमसे पहले कहा है या नहीं

step-route-title = आप चाहते हैं कि हम इसे कैसे निपटाएँ?
step-route-intro =
    अगर आप पहली बार कह रहे हैं, तो हम अक्सर इसे सेवा अनुरोध के रूप में जल्दी ठीक कर सकते हैं। जैसे, हम मरम्मत का समय तय कर देते हैं।
    अगर आप इस बात से खुश नहीं हैं कि हमने इसे कैसे निपटाया, तो आप बाद में भी शिकायत कर सकते हैं।
    आप चाहें तो अभी सीधे शिकायत भी कर सकते हैं। फ़ैसला आपका है।
option-route-service-request = पहले इसे सेवा अनुरोध के रूप में निपटाएँ
option-route-complaint = इसे अभी शिकायत के रूप में निपटाएँ
error-route-required = चुनें कि आप चाहते हैं कि हम इसे कैसे निपटाएँ

## Contact and letters

step-contact-title = हम आपसे कैसे संपर्क करें?
step-contact-title-behalf = हम उनसे कैसे संपर्क करें?
field-contact-methods-label = हम आपसे कैसे संपर्क करें?
field-contact-methods-label-behalf = हम उनसे कैसे संपर्क करें?
field-contact-methods-hint = जो भी तरीके ठीक लगें, वे सब चुनें।
option-contact-methods-email = ईमेल
option-contact-methods-phone = फ़ोन कॉल
option-contact-methods-letter = चिट्ठी
option-contact-methods-text = टेक्स्ट मैसेज
error-contact-methods-required = संपर्क का कम से कम एक तरीका चुनें
field-email-label = ईमेल पता
field-email-label-behalf = उनका ईमेल पता
field-email-hint = हम इसका इस्तेमाल केवल इसी बारे में आपसे संपर्क करने के लिए करेंगे।
error-email-invalid = ईमेल पता सही रूप में लिखें, जैसे { $email-example }
error-email-no-at = ईमेल पते में @ का निशान भी लिखें, जैसे { $email-example }
error-email-spaces = ईमेल पते में खाली जगह नहीं हो सकती
error-email-two-dots = ईमेल पते में दो बिंदु (..) एक साथ नहीं हो सकते
error-email-dot-at-edge = @ से पहले का हिस्सा बिंदु से शुरू या ख़त्म नहीं हो सकता
error-email-character = ईमेल पते में { $character } नहीं हो सकता
error-email-domain = @ के बाद का हिस्सा सही नहीं है। यह example.com जैसा होना चाहिए
error-email-needed = ईमेल पता लिखें, या ईमेल न चुनें
field-phone-label = फ़ोन नंबर
field-phone-label-behalf = उनका फ़ोन नंबर
field-phone-hint = फ़ोन कॉल या टेक्स्ट मैसेज के लिए।
error-phone-invalid = फ़ोन नंबर लिखें, जैसे { $phone-example } या { $mobile-example }
error-phone-needed = फ़ोन नंबर लिखें, या फ़ोन कॉल और टेक्स्ट मैसेज न चुनें
error-address-needed = चिट्ठियाँ भेजने के लिए हमें पता चाहिए। जानकारी वाले पेज पर वापस जाकर पता लिखें, या कोई और तरीका चुनें।
error-address-needed-here = वह पता लिखें जिस पर इसे डाक से भेजना है

step-updates-title = हम आपको कितनी बार ताज़ा जानकारी दें?
field-update-frequency-label = हम आपको कितनी बार ताज़ा जानकारी दें?
option-update-frequency-weekly = हर हफ़्ते
option-update-frequency-fortnightly = हर 2 हफ़्ते में
option-update-frequency-when-news = केवल तब, जब कुछ बदले
error-update-frequency-required = चुनें कि हम आपको कितनी बार ताज़ा जानकारी दें
field-avoid-times-label = वे समय जब हम आपसे संपर्क न करें
field-avoid-times-hint = जैसे, सुबह 10 बजे से पहले नहीं, या शुक्रवार को नहीं।

step-letters-title = चिट्ठियाँ और दस्तावेज़
step-letters-intro = हम चिट्ठियाँ किसी और भाषा या फ़ॉर्मेट में भेज सकते हैं। हमें बताएँ कि आपके लिए सबसे अच्छा क्या है।
field-letter-language-label = कौन-सी भाषा?
error-letter-language-required = भाषा चुनें
field-letter-format-label = कौन-सा फ़ॉर्मेट?
option-letter-format-standard = सामान्य छपाई
option-letter-format-large-print = बड़े अक्षरों में छपाई
option-letter-format-braille = ब्रेल
option-letter-format-audio = ऑडियो
option-letter-format-easy-read = आसान भाषा (ईज़ी रीड)
error-letter-format-required = फ़ॉर्मेट चुनें

step-adjustments-title = हम आपकी क्या मदद कर सकते हैं
step-adjustments-intro =
    हम चाहते हैं कि आपके लिए हमसे बात करना आसान हो। इन सवालों के जवाब देना ज़रूरी नहीं है।
    हम इसलिए पूछते हैं ताकि हम आपके साथ काम करने का अपना तरीका बदल सकें। जैसे, हम आपसे ऐसी जगह मिल सकते हैं जहाँ हियरिंग लूप हो (यह सुनने की मशीन इस्तेमाल करने वालों की मदद करता है), या कुछ खास समय पर फ़ोन कर सकते हैं।
    हम यह जानकारी निजी रखते हैं। हम इसे केवल स्टाफ़ के उन लोगों को बताते हैं जिन्हें आपकी मदद के लिए इसकी ज़रूरत है।
field-adjustments-label = क्या कोई ऐसी बात है जिससे आपके लिए हमसे संपर्क करना आसान हो जाए?
field-adjustments-hint = जैसे, दुभाषिया, आपकी मदद के लिए कोई व्यक्ति, या केवल कुछ खास समय पर संपर्क।
field-disability-label = क्या कोई विकलांगता या सेहत से जुड़ी समस्या है जिसके बारे में आप हमें बताना चाहेंगे?
field-disability-hint = केवल तभी बताएँ जब आप चाहें। इससे हमें आपके लिए सही तरीके से काम करने में मदद मिलती है।
error-too-long = { $max } या उससे कम अक्षर लिखें
error-session-expired = आपके पेज का समय खत्म हो गया। आपने जो लिखा था, वह हमने रख लिया है। उसे जाँचें और फिर से “आगे बढ़ें” दबाएँ।

## Enquiry or service request

step-request-title = आपको क्या चाहिए?
field-request-hint = बताएँ कि आप क्या पूछना चाहते हैं, या आपको कौन-सी सेवा चाहिए। अगर आपको तारीखें, जगहें और नाम पता हैं, तो वे भी लिखें।
error-request-required = बताएँ कि आपको क्या चाहिए

## Compliment

step-compliment-about-title = आप किसे या किस टीम को धन्यवाद देना चाहते हैं?
field-compliment-about-hint = जैसे, मरम्मत टीम, या वह व्यक्ति जो आपके यहाँ आए थे।
error-compliment-about-required = बताएँ कि आप किसे या किस टीम को धन्यवाद देना चाहते हैं
step-compliment-what-title = क्या अच्छा रहा?
error-compliment-what-required = बताएँ कि क्या अच्छा रहा
step-named-title = क्या हम उन्हें आपका नाम बता सकते हैं?
field-named-hint = आप कुछ भी चुनें, हम आपका धन्यवाद उन तक पहुँचा देंगे।
option-named-yes = हाँ, उन्हें मेरा नाम बताएँ
option-named-no = नहीं, मेरा नाम न बताएँ
error-named-required = चुनें कि हम उन्हें आपका नाम बता सकते हैं या नहीं
step-compliment-you-title = आपकी जानकारी
error-email-required = ईमेल पता लिखें

## Format or language request

step-document-title = आपको किसी और फ़ॉर्मेट या भाषा में क्या चाहिए?
field-document-label = कौन-सा दस्तावेज़?
option-document-policy = हमारी “हमसे बात करें” नीति
option-document-my-case = मेरी शिकायत या पूछताछ के बारे में चिट्ठियाँ
option-document-all-letters = अब से आप मुझे जो भी चिट्ठियाँ भेजें, वे सब
error-document-required = चुनें कि आपको कौन-सा दस्तावेज़ चाहिए
field-document-reference-label = आपका संदर्भ नंबर
field-document-reference-hint = अगर आपको पता हो। संदर्भ नंबर { $reference-example } जैसा दिखता है।
step-format-you-title = आपकी जानकारी
step-send-title = हम इसे कहाँ भेजें?
field-send-by-label = हम इसे कैसे भेजें?
option-send-by-email = ईमेल से
option-send-by-post = डाक से
error-send-by-required = चुनें कि हम इसे कैसे भेजें

## Check answers

check-title = अपने जवाब जाँचें
check-send-title-complaint = अब अपनी शिकायत भेजें
check-declaration-complaint = जब आप इसे भेजेंगे, तो हम आपकी शिकायत दर्ज करेंगे और आपको एक संदर्भ नंबर देंगे।
check-send-title-enquiry = अब अपना अनुरोध भेजें
check-declaration-enquiry = जब आप इसे भेजेंगे, तो हम आपका अनुरोध दर्ज करेंगे और आपको एक संदर्भ नंबर देंगे।
check-send-title-compliment = अब अपना धन्यवाद भेजें
check-declaration-compliment = जब आप इसे भेजेंगे, तो हम आपका धन्यवाद आगे पहुँचा देंगे और आपको एक संदर्भ नंबर देंगे।
check-send-title-format = अब अपना अनुरोध भेजें
check-declaration-format = जब आप इसे भेजेंगे, तो हम आपका अनुरोध दर्ज करेंगे और आपको एक संदर्भ नंबर देंगे।
change-link-label = अपना जवाब बदलें: { $question }
