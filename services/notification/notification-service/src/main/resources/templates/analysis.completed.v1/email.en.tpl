subject: Your {{kindEn}} is ready
--- text
Hello,

your {{kindEn}} in QH is ready. {{scoreEn}}

Open it to see what was found and what to change first, then update your profile or resume:
{{link}}

QH
--- html
<p>Hello,</p>
<p>your {{kindEn}} in QH is ready.</p>
<p style="font-size:20px"><strong>{{scoreEn}}</strong></p>
<p>Open it to see what was found and what to change first, then update your profile or resume.</p>
<p><a href="{{link}}" style="display:inline-block;padding:10px 18px;background:#1a56db;color:#ffffff;text-decoration:none;border-radius:6px">Open the results</a></p>
<p style="color:#555555;font-size:13px">Or paste this address into your browser: {{link}}</p>
<p>QH</p>
