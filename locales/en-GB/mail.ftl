## Emails. Subjects give the reference and the kind of message, never what a complaint is about.

mail-subject-receipt-complaint = Complaint { $reference }: we have it
mail-subject-receipt-service-request = Request { $reference }: we have it
mail-subject-receipt-formal-enquiry = Enquiry { $reference }: we have it
mail-subject-receipt-format-request = Request { $reference }: we have it
mail-subject-compliment-thanks = Your compliment { $reference }: thank you
mail-subject-staff-new-case = New { $kind } { $reference }
mail-subject-acknowledgement = Complaint { $reference }: stage { $stage } started
mail-subject-extension = Complaint { $reference }: new date for our answer
mail-subject-response = Complaint { $reference }: our stage { $stage } answer
mail-subject-refusal = Complaint { $reference }: our decision

## Parts of every email

mail-greeting = Dear { $name },
mail-sign-off = From the complaints team at { $landlord }
mail-sign-off-general = From everyone at { $landlord }
mail-reference = Your reference
mail-reference-quote = Please give your reference { $reference } when you contact us.
mail-contact-title = How to contact us
mail-contact-reply = You can reply to this email.
mail-ombudsman-anytime = You can ask the Housing Ombudsman for free advice at any time. You do not have to wait for our answer.
mail-formats = We can send our letters in large print, Braille, audio, easy read or another language. Just ask us.

## Receipt: sent when someone sends us something

mail-receipt-title-complaint = We have your complaint
mail-receipt-title-service-request = We have your request
mail-receipt-title-formal-enquiry = We have your enquiry
mail-receipt-title-format-request = We have your request
mail-receipt-received = We got it on { $date }. Thank you for telling us.
mail-receipt-received-for = We got it on { $date }. You sent it for { $customer }. Thank you for telling us.
mail-receipt-next-complaint =
    By { $date } we will contact you to check we understand your complaint and what you want us to do.
    We will then send you our full answer within { $later ->
        [one] { $later } working day
       *[other] { $later } working days
    } after that.
    If we need more time, we will tell you why and when you will hear from us.
mail-receipt-next-service-request =
    We will contact you by { $date } about your request.
    If you are not happy with how we deal with it, you can make a complaint.
mail-receipt-next-formal-enquiry =
    We will reply by { $date }.
    That is within { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }.
mail-receipt-next-format-request =
    We will contact you by { $date } to arrange it.
mail-receipt-answers-title = What you told us
mail-receipt-answers-private = We have left out anything about health. It is safe in our records.
mail-receipt-add-title = Adding something or asking about it
mail-receipt-add = To add something, or to ask how it is going, reply to this email or call us. Please give your reference.
mail-receipt-help-title = Someone can help you
mail-receipt-help = Someone can act for you if you want. For example, a family member, a friend, an advocate, a support worker, your MP or a councillor. Tell us who they are.

## Thanks for a compliment

mail-thanks-title = Thank you for your kind words
mail-thanks-body = We got your message on { $date }. We will pass on your thanks by { $due }.
mail-thanks-named = You said we can tell people your name.
mail-thanks-not-named = We will not tell people your name.

## New case notice for staff. No complaint text and no health information.

mail-staff-team = { $landlord } complaints team
mail-staff-title = New { $kind }
mail-staff-intro = A new case has come in. Open the case to read it.
mail-staff-kind = Kind
mail-staff-received = Received
mail-staff-channel = Channel
mail-staff-channel-online = Online form
mail-staff-made-by = Sent by
mail-staff-made-by-customer = The customer
mail-staff-made-by-representative = A representative ({ $role })
mail-staff-made-by-official = An MP, councillor or board member ({ $role })
mail-staff-page-language = Language of the form
mail-staff-letter-language = Language for letters
mail-staff-letter-format = Format for letters
mail-staff-requests = Formats and adjustments asked for
mail-staff-requests-none = None
mail-staff-emailed = Receipt emailed to
mail-staff-emailed-none = Nobody: there is no email address. Send a letter or call.
mail-staff-link = Open the case:
mail-staff-reference = Reference
mail-staff-due = Next step due by
mail-kind-complaint = complaint
mail-kind-service-request = service request
mail-kind-formal-enquiry = formal enquiry
mail-kind-compliment = compliment
mail-kind-format-request = format or language request
mail-role-customer = the customer
mail-role-representative = the representative
# Short role names for the staff notice's "Sent by" line.
mail-staff-role-family-friend = family or friend
mail-staff-role-advocate = independent advocate
mail-staff-role-support-worker = support worker or carer
mail-staff-role-solicitor = solicitor
mail-staff-role-other = other
mail-staff-role-mp = MP
mail-staff-role-councillor = councillor
mail-staff-role-board-member = board member
mail-request-format = A different format
mail-request-language = A different language
mail-request-adjustment = An adjustment

## Acknowledgement (stage 1 or stage 2)

mail-ack-title = We have started looking at your complaint
mail-ack-stage = This is stage { $stage } of our complaints process.
mail-ack-understand = This is what we understand your complaint is about:
mail-ack-outcomes = This is what you want us to do:
mail-ack-wrong = If we have got this wrong, please tell us as soon as you can.
mail-ack-answer-by = We will send you our answer by { $date }.
mail-ack-handler = { $handler } is looking at your complaint.

## Extension

mail-extension-title = We need more time for our answer
mail-extension-body = We are sorry, but we cannot answer your complaint by { $old }. We will answer by { $new }.
mail-extension-why = Why we need more time:
mail-extension-ombudsman = If you are unhappy that we need more time, you can contact the Housing Ombudsman.

## Response

mail-response-title = Our answer to your complaint
mail-response-stage = This is our answer at stage { $stage } of our complaints process.
mail-response-points = What we looked at and what we decided
mail-response-decision-upheld = Upheld: we agree something went wrong.
mail-response-decision-partly-upheld = Partly upheld: we agree some things went wrong.
mail-response-decision-not-upheld = Not upheld: we do not think anything went wrong.
mail-response-reasons = Why we decided this
mail-response-remedies = What we will do to put things right
mail-response-remedy = { $what } (by { $date })
mail-response-no-remedy = We did not find anything that we need to put right.
mail-response-outstanding = What we still need to do
mail-response-nothing-outstanding = There is nothing else we need to do.
mail-escalate-title = If you are not happy with our answer
mail-escalate-how = You can ask us to look at your complaint again. This is stage 2. Reply to this email, call us or write to us.
mail-escalate-by = Please ask by { $date }. If you ask later, tell us why, and we will think about it.
mail-escalate-no-reasons = You do not have to give reasons. It helps if you tell us what you are still unhappy about.
mail-final-body = This is our final answer. If you are still not happy, you can ask the Housing Ombudsman to look at your complaint. It is free. They do not work for us.

## Refusal

mail-refusal-title = We cannot take your complaint through our complaints process
mail-refusal-stage = We cannot take this to stage { $stage } of our complaints process.
mail-refusal-why = Why:
mail-refusal-ombudsman = If you do not agree, you can ask the Housing Ombudsman to look at our decision.
