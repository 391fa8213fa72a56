subject: Welcome to QH
--- text
Hello {{displayName}},

welcome to QH. Start with your career profile: fill it in once, in Russian, English or both, and every resume,
cover letter and match will be made from it.

{{link}}

QH
--- html
<p>Hello {{displayName}},</p>
<p>welcome to QH. Start with your career profile: fill it in once, in Russian, English or both, and every resume,
cover letter and match will be made from it.</p>
<p><a href="{{link}}">Open QH</a></p>
<p>QH</p>
