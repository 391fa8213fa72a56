subject: Confirm your e-mail address for QH
--- text
Hello {{displayName}},

please confirm that {{email}} is your address by opening this link:

{{link}}

The link works once, until {{expiresAt}}. If you did not create a QH account, ignore this message.

QH
--- html
<p>Hello {{displayName}},</p>
<p>please confirm that <b>{{email}}</b> is your address:</p>
<p><a href="{{link}}">Confirm my address</a></p>
<p>The link works once, until {{expiresAt}}. If you did not create a QH account, ignore this message.</p>
<p>QH</p>
