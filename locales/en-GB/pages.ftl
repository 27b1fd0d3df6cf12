## Talk to Us: the start page, confirmation, published pages and problem pages.

## Start page

start-title = Talk to Us
start-intro =
    Tell { $landlord } about a problem, ask for something, or say thank you.
    It takes about 10 minutes. You can change your answers before you send them.
start-promise-title = What we promise
start-promises =
    We will keep you informed at every step, in the way you choose.
    We will explain clearly how we will deal with it.
    We will keep to our timescales.
    We will try to put things right as well as we can.
start-choose-title = What would you like to do?
start-complaint-link = Tell us something went wrong
start-complaint-description = Make a complaint about our service, our staff or people working for us.
start-enquiry-link = Ask a question or request a service
start-enquiry-description = For example, report a repair or ask for information.
start-compliment-link = Say thank you
start-compliment-description = Tell us when a person or team did a good job.
start-format-link = Ask for another format or language
start-format-description = Get letters or our policy in large print, Braille, audio, easy read or another language.
start-behalf-title = Getting in touch for someone else
start-behalf = Someone can do this for you. For example, a family member, a friend, an advocate, a support worker, your MP or a councillor. We will ask them how you agreed to it.
start-other-ways-title = Other ways to get in touch
start-more-title = More information
start-formats-title = Other languages and formats
start-formats = This site is in English, Bengali, Hindi, Urdu, Chinese and Polish. Choose at the top of the page. We can send letters in large print, Braille, audio or easy read.

## Housing Ombudsman and contact details

ombudsman-title = The Housing Ombudsman
ombudsman-intro = The Housing Ombudsman can give you free advice at any time. They can look at your complaint after our process ends.
contact-phone = Phone:
contact-email = Email:
contact-website = Website:
contact-post = Post:
contact-in-person = In person at any of our offices.

## Confirmation

confirmation-title-complaint = Complaint sent
confirmation-title-service-request = Request sent
confirmation-title-formal-enquiry = Enquiry sent
confirmation-title-compliment = Thank you sent
confirmation-title-format-request = Request sent
confirmation-reference = Your reference is
confirmation-received = We got this on { $received }.
confirmation-keep-reference = Please keep your reference. Use it when you contact us about this.
confirmation-emailing = We are emailing a copy to { $email }. If it has not come within an hour, look in your junk mail or call us.
confirmation-next-title = What happens next
confirmation-next-complaint =
    We will contact you by { $date } to say we have your complaint. We will check we understand it and what you want us to do.
    We will then send you our full answer within { $later ->
        [one] { $later } working day
       *[other] { $later } working days
    }.
    If we need more time, we will tell you why and when you will hear from us.
confirmation-next-service-request =
    We will contact you by { $date } about your request.
    If you are not happy with how we deal with it, you can make a complaint.
confirmation-next-formal-enquiry =
    We will reply by { $date }.
    That is within { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }.
confirmation-next-compliment =
    Thank you. We will pass on your thanks by { $date }.
confirmation-next-format-request =
    We will contact you by { $date } to arrange it.
confirmation-questions = If you have a question, or want to add something, call { $phone } and give your reference.
confirmation-record-title = Keep a copy
confirmation-record-link = See a copy of what you sent, to print or save
confirmation-home-link = Go back to the start

record-title = What you sent us
record-received = Date we got it
record-print-hint = To keep a copy, use your browser's Print or Save option.

## Our policy

policy-title = Our Talk to Us policy
policy-intro =
    This is how { $landlord } deals with complaints, enquiries and compliments.
    We follow the Housing Ombudsman's Complaint Handling Code.
    We count working days from Monday to Friday. We do not count bank holidays.
policy-what-title = What is a complaint?
policy-what =
    A complaint is when you tell us you are not happy with our service, our staff, or people who work for us.
    You do not need to use the word complaint. You can complain in any way: online, by phone, by letter, by email or in person.
    If you ask for a service for the first time, we deal with it as a service request. If you are not happy with how we deal with it, you can complain.
policy-stage-one-title = Stage 1
policy-stage-one =
    We will tell you we have your complaint within { $ack ->
        [one] { $ack } working day
       *[other] { $ack } working days
    }.
    We will say what we understand your complaint to be, and what you want us to do.
    We will send our full answer within { $stage1 ->
        [one] { $stage1 } working day
       *[other] { $stage1 } working days
    } after that.
    If we need more time, we will tell you why. We will not take more than { $stage1ext ->
        [one] { $stage1ext } extra working day
       *[other] { $stage1ext } extra working days
    }.
policy-stage-two-title = Stage 2
policy-stage-two =
    If you are not happy with our answer, you can ask us to look again. Please ask within { $window ->
        [one] { $window } working day
       *[other] { $window } working days
    } of our answer. You do not have to say why.
    A different person will look at it. We will tell you we have your request within { $ack2 ->
        [one] { $ack2 } working day
       *[other] { $ack2 } working days
    }.
    We will send our final answer within { $stage2 ->
        [one] { $stage2 } working day
       *[other] { $stage2 } working days
    } after that. If we need more time, we will tell you why. We will not take more than { $stage2ext ->
        [one] { $stage2ext } extra working day
       *[other] { $stage2ext } extra working days
    }.
    There are only 2 stages.
policy-other-title = Enquiries and compliments
policy-other =
    If your MP, a councillor, a board member or an independent advocate contacts us for you, we will reply within { $enquiry ->
        [one] { $enquiry } working day
       *[other] { $enquiry } working days
    }.
    If you say thank you, we will pass it on within { $compliment ->
        [one] { $compliment } working day
       *[other] { $compliment } working days
    }.
policy-not-accepted-title = When we may not accept a complaint
policy-not-accepted-intro = We accept most complaints. We may not accept one if:
policy-not-accepted-rights = If we do not accept your complaint, we will write and tell you why. You can ask the Housing Ombudsman to look at our decision.
exclusion-older-than-time-limit = the problem happened, or you found out about it, more than 12 months ago. We may still look at it.
exclusion-first-service-request = it is the first time you have asked for a service
exclusion-legal-proceedings = it is part of a court case
exclusion-already-considered = we have already looked at it in an earlier complaint
exclusion-other-policy-appeal = it is an appeal against a decision that has its own process
exclusion-insurance-or-injury-claim = it is an insurance or personal injury claim
exclusion-staff-matter = it is about a member of staff's employment
policy-help-title = Help and support
policy-help =
    Someone can complain for you, like a family member, a friend, an advocate or your MP.
    Tell us if you need help to talk to us. For example, another language, large print, or a meeting at a place you can get to.
policy-ombudsman-when = You can ask the Housing Ombudsman for advice at any time. After our stage 2 answer, you can ask them to look at your complaint.

## Accessibility statement

accessibility-title = Accessibility statement
accessibility-intro = { $landlord } wants as many people as possible to be able to use this site.
accessibility-how-title = How you can use this site
accessibility-how =
    You can use a keyboard, a screen reader, speech software or a screen magnifier.
    You can zoom in up to 400% and the text will fit the screen.
    It works without JavaScript and on a small phone.
    You can make the text bigger and change the colours. Use the link at the bottom of each page.
    It is in English, Bengali, Hindi, Urdu, Chinese and Polish.
accessibility-formats-title = Other formats
accessibility-formats = If you need information in large print, Braille, audio, easy read or another language, phone { $phone } or email { $email }.
accessibility-compliance-title = How accessible this site is
accessibility-compliance = We aim to meet the Web Content Accessibility Guidelines version 2.2 at level AA. We test every page with automatic checks and by hand.
accessibility-problems-title = Tell us about a problem
accessibility-problems = If something on this site does not work for you, phone { $phone } or email { $email }. We will help you another way and fix the problem.
accessibility-enforcement-title = If you are not happy with our answer
accessibility-enforcement = The Equality and Human Rights Commission makes sure public bodies follow the accessibility rules. If you are not happy with how we answer you, contact the Equality Advisory and Support Service.

## Privacy notice

privacy-title = Privacy notice
privacy-intro = This tells you what { $landlord } does with the information you give us here.
privacy-what-title = What we keep
privacy-what =
    What you tell us: your name and contact details, what happened, and what you want us to do.
    If someone gets in touch for you, their name and contact details, and how you agreed.
    Any help you ask for, and any disability or health condition you choose to tell us about.
privacy-why-title = Why we keep it
privacy-why = We use it to deal with what you sent us, to keep you updated, and to learn from complaints. The law lets us do this to run our homes and meet the Housing Ombudsman's Code.
privacy-sharing-title = Who we share it with
privacy-sharing = Only staff who need it to help you. We may share it with the Housing Ombudsman if you ask them to look at your complaint. We never sell it.
privacy-keeping-title = How long we keep it
privacy-keeping =
    If you start a form and do not send it, we delete your answers after 7 days.
    We keep complaints and enquiries for 6 years after we close them. Then we delete them.
privacy-cookies-title = Cookies
privacy-cookies = We use a cookie to keep your answers while you fill in a form, one to remember your language, and one to remember your text size and colours. We do not use cookies to track you.
privacy-rights-title = Your rights
privacy-rights = You can ask to see the information we keep about you, or ask us to correct it. Email { $email }. You can also complain to the Information Commissioner's Office.

## Display settings

display-title = Text size and colours
display-intro = Choose what is easiest for you to read. We will remember it on this device.
display-saved = Your settings are saved.
display-return = Go back to where you were
field-text-size-label = Text size
option-text-size-standard = Standard
option-text-size-large = Large
option-text-size-very-large = Very large
field-contrast-label = Colours
option-contrast-standard = Standard
option-contrast-high = High contrast (black and white)

## Problem pages

problem-not-found-title = Page not found
problem-not-found = Check the web address is right. If you pasted it, check you copied all of it.
problem-server-title = Sorry, something went wrong
problem-server = We could not do that just now. What you sent before is safe. Please try again in a few minutes.
problem-forbidden-title = We could not accept that form
problem-forbidden = The form did not come from this website. Go back to the start and try again.
problem-too-large-title = That was too long to send
problem-too-large = What you sent was more than we can take in one go. Go back, make your answer shorter, and try again.
problem-bad-encoding-title = We could not read that form
problem-bad-encoding = Some of the text could not be read. Go back and type it again.
problem-expired-title = Your page timed out
problem-expired = To keep your answers safe, pages time out after a while. Go back, reload the page and try again.
problem-contact = You can also phone us on { $phone } or email { $email }.
problem-home-link = Go to the start
problem-too-many-title = Please wait a minute
problem-too-many = We had a lot of forms from your connection in a short time. Wait a minute, then go back and press the button again. Your answers are safe.
problem-method-title = We could not do that on this page
problem-method = This page cannot take that kind of request. Go to the start and try again.
