## Talk to Us: the frame of every page, the question pages and their messages.
## Plain English: short sentences, everyday words. Keys say where they are used.

service-name = Talk to Us
error-title-prefix = Error:
skip-link = Skip to main content
language-nav-label = Choose a language
back-link = Back
footer-heading = Support links
footer-policy = Our Talk to Us policy
footer-accessibility = Accessibility statement
footer-privacy = Privacy notice
footer-display = Change text size and colours
footer-phone = Phone:
footer-email = Email:

## Parts of every form

error-summary-title = There is a problem
error-prefix = Error:
notification-success-title = Success
label-optional = (optional)
button-continue = Continue
button-send = Send
button-save = Save
date-day = Day
date-month = Month
date-year = Year
answer-not-given = Not given
change-link = Change
# The words a screen reader says for a "Change" link: what it changes. It must contain the word of change-link.
change-link-label = Change your answer to: { $question }

## Who is getting in touch

step-who-title = Who are you getting in touch for?
option-who-myself = For myself
option-who-someone-else = For someone else
option-who-someone-else-hint = For example, a family member, a friend or someone you support.
option-who-official = As an MP, councillor or board member
error-who-required = Select who you are getting in touch for

step-representative-title = Your details
step-representative-intro =
    You can get in touch for someone else. We need to know who you are.
    We will ask how they agreed to this on the next page.
field-rep-role-label = How do you know them?
option-rep-role-family-friend = I am family or a friend
option-rep-role-advocate = I am an independent advocate
option-rep-role-support-worker = I am a support worker or carer
option-rep-role-solicitor = I am a solicitor
option-rep-role-other = Something else
error-rep-role-required = Select how you know them
field-rep-name-label = Your full name
error-rep-name-required = Enter your full name
field-rep-organisation-label = Your organisation
field-rep-organisation-hint = For example, the charity or office you work for.
field-rep-email-label = Your email address
field-rep-phone-label = Your phone number
error-rep-contact-required = Give us an email address or a phone number for you

step-official-title = Your details
step-official-intro =
    Thank you for getting in touch for a resident.
    We treat this as a formal enquiry. We will reply to you within the time in our policy.
field-official-role-label = What is your role?
option-official-role-mp = Member of Parliament (MP)
option-official-role-councillor = Councillor
option-official-role-board-member = Board member
error-official-role-required = Select your role

step-consent-title = Their permission
field-consent-label = How did they agree to you contacting us?
field-consent-hint = We need to know they are happy for you to act for them.
option-consent-written = They gave me written permission
option-consent-verbal = They told me they agree, and they know I am contacting you
option-consent-legal-authority = I have power of attorney or another legal right to act for them
option-consent-constituent = They asked me, as their MP or councillor, to help
error-consent-required = Select how they agreed to you contacting us
field-send-to-label = Who should we send letters and updates to?
option-send-to-customer = To them
option-send-to-representative = To me
option-send-to-both = To both of us
error-send-to-required = Select who we should send letters and updates to

## The customer

step-customer-title = Your details
step-customer-title-behalf = Their details
field-customer-name-label = Your full name
field-customer-name-label-behalf = Their full name
error-customer-name-required = Enter the full name
field-customer-address-label = Address
field-customer-address-label-behalf = Their address
field-customer-address-hint = We need this if you want letters by post.
field-customer-postcode-label = Postcode
field-customer-postcode-label-behalf = Their postcode
error-postcode-invalid = Enter a postcode using only letters, numbers and spaces, like { $postcode-example }
field-tenancy-reference-label = Tenancy reference
field-tenancy-reference-label-behalf = Their tenancy reference
field-tenancy-reference-hint = This is on your rent letters. Leave it blank if you do not know it.

step-tenure-title = Do you rent or own your home?
step-tenure-title-behalf = Do they rent or own their home?
option-tenure-tenant = Rent from us (tenant)
option-tenure-leaseholder = Own it on a lease (leaseholder)
option-tenure-shared-owner = Part own, part rent (shared owner)
option-tenure-other = Something else, or not a tenant
error-tenure-required = Select if you rent or own the home

## Complaint

step-what-happened-title = What went wrong?
field-what-happened-hint = Tell us in your own words. You do not need to use the word complaint. Include dates, places and names if you know them.
error-what-happened-required = Tell us what went wrong

step-when-title = When did it happen, or when did you find out?
field-when-hint = For example, 27 3 2026. If you are not sure, give your best guess.
error-when-required = Enter the date it happened or you found out
error-date-incomplete = Enter a day, a month and a year
error-date-invalid = Enter a real date, like 27 3 2026
error-date-future = The date must be today or in the past

step-older-title = This happened some time ago
step-older-intro =
    We usually look at complaints within { $months ->
        [one] { $months } month
       *[other] { $months } months
    } of the problem, or of when you found out about it.
    We may still look at your complaint. Please carry on. Tell us why you could not contact us sooner, if you can.
    A member of staff will decide. If we cannot look at it, we will write and tell you why.

step-outcome-title = What would you like us to do?
field-outcome-hint = For example, fix something, say sorry, explain, or change how we do things.
error-outcome-required = Tell us what you would like us to do

step-asked-before-title = Have you asked us to sort this out before?
field-asked-before-hint = For example, you reported a repair and it was not done.
option-asked-before-yes = Yes, I have asked before
option-asked-before-no = No, this is the first time
error-asked-before-required = Select if you have asked us before

step-route-title = How would you like us to deal with this?
step-route-intro =
    If this is the first time you have asked, we can often sort it out quickly as a service request. For example, we book the repair.
    If you are not happy with how we deal with it, you can still make a complaint.
    You can also make a complaint now. It is your choice.
option-route-service-request = Deal with it as a service request first
option-route-complaint = Deal with it as a complaint now
error-route-required = Select how you would like us to deal with this

## Contact and letters

step-contact-title = How should we contact you?
step-contact-title-behalf = How should we contact them?
field-contact-methods-label = How should we contact you?
field-contact-methods-label-behalf = How should we contact them?
field-contact-methods-hint = Select all that suit.
option-contact-methods-email = Email
option-contact-methods-phone = Phone call
option-contact-methods-letter = Letter
option-contact-methods-text = Text message
error-contact-methods-required = Select at least one way to contact you
field-email-label = Email address
field-email-label-behalf = Their email address
field-email-hint = We will only use this to contact you about this.
error-email-invalid = Enter an email address in the right form, like { $email-example }
error-email-no-at = Enter an email address with an @, like { $email-example }
error-email-spaces = An email address cannot have spaces in it
error-email-two-dots = An email address cannot have 2 dots next to each other, like ..
error-email-dot-at-edge = The part before the @ cannot start or end with a dot
error-email-character = An email address cannot have { $character } in it
error-email-domain = The part after the @ is not right. It should look like example.com
error-email-needed = Enter an email address, or do not choose email
field-phone-label = Phone number
field-phone-label-behalf = Their phone number
field-phone-hint = For a phone call or a text message.
error-phone-invalid = Enter a phone number, like { $phone-example } or { $mobile-example }
error-phone-needed = Enter a phone number, or do not choose phone or text
error-address-needed = To send letters we need an address. Go back to the details page and add it, or choose another way.
error-address-needed-here = Enter the address to post it to

step-updates-title = How often should we update you?
field-update-frequency-label = How often should we update you?
option-update-frequency-weekly = Every week
option-update-frequency-fortnightly = Every 2 weeks
option-update-frequency-when-news = Only when something changes
error-update-frequency-required = Select how often we should update you
field-avoid-times-label = Times we should not contact you
field-avoid-times-hint = For example, not before 10am, or not on Fridays.

step-letters-title = Letters and documents
step-letters-intro = We can send letters in another language or format. Tell us what suits you best.
field-letter-language-label = Which language?
error-letter-language-required = Select a language
field-letter-format-label = Which format?
option-letter-format-standard = Standard print
option-letter-format-large-print = Large print
option-letter-format-braille = Braille
option-letter-format-audio = Audio
option-letter-format-easy-read = Easy read
error-letter-format-required = Select a format

step-adjustments-title = Help we can give you
step-adjustments-intro =
    We want to make it easy for you to talk to us. You do not have to answer these questions.
    We ask so we can change how we work with you. For example, we can meet you somewhere with a hearing loop, or call at certain times.
    We keep this private. We only share it with staff who need it to help you.
field-adjustments-label = Is there anything that would make it easier for you to deal with us?
field-adjustments-hint = For example, an interpreter, someone to help you, or contact only at certain times.
field-disability-label = Is there a disability or health condition you would like us to know about?
field-disability-hint = Only tell us if you want to. It helps us get things right for you.
error-too-long = Use { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } or fewer
error-session-expired = Your page timed out. We have kept what you typed. Check it and press Continue again.

## Enquiry or service request

step-request-title = What do you need?
field-request-hint = Tell us what you want to ask, or the service you need. Include dates, places and names if you know them.
error-request-required = Tell us what you need

## Compliment

step-compliment-about-title = Who or which team do you want to thank?
field-compliment-about-hint = For example, the repairs team, or the person who visited you.
error-compliment-about-required = Tell us who or which team you want to thank
step-compliment-what-title = What went well?
error-compliment-what-required = Tell us what went well
step-named-title = Can we tell them your name?
field-named-hint = We will pass on your thanks either way.
option-named-yes = Yes, tell them my name
option-named-no = No, keep my name private
error-named-required = Select if we can tell them your name
step-compliment-you-title = Your details
error-email-required = Enter an email address

## Format or language request

step-document-title = What do you need in another format or language?
field-document-label = Which document?
option-document-policy = Our Talk to Us policy
option-document-my-case = Letters about my complaint or enquiry
option-document-all-letters = All letters we send me from now on
error-document-required = Select which document you need
field-document-reference-label = Your reference
field-document-reference-hint = If you know it. It looks like { $reference-example }.
step-format-you-title = Your details
step-send-title = Where should we send it?
field-send-by-label = How should we send it?
option-send-by-email = By email
option-send-by-post = By post
error-send-by-required = Select how we should send it

## Check answers

check-title = Check your answers
check-send-title-complaint = Now send your complaint
check-declaration-complaint = When you send this, we will log your complaint and give you a reference.
check-send-title-enquiry = Now send your request
check-declaration-enquiry = When you send this, we will log your request and give you a reference.
check-send-title-compliment = Now send your thanks
check-declaration-compliment = When you send this, we will pass on your thanks and give you a reference.
check-send-title-format = Now send your request
check-declaration-format = When you send this, we will log your request and give you a reference.
