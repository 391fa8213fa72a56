subject: Reset your QH password
--- text
Hello {{displayName}},

someone (we hope you) asked to reset the password of {{email}}. Choose a new one here:

{{link}}

The link works once, until {{expiresAt}}. If it was not you, ignore this message: your password stays as it is.

QH
--- html
<p>Hello {{displayName}},</p>
<p>someone (we hope you) asked to reset the password of <b>{{email}}</b>.</p>
<p><a href="{{link}}">Choose a new password</a></p>
<p>The link works once, until {{expiresAt}}. If it was not you, ignore this message: your password stays as it is.</p>
<p>QH</p>
