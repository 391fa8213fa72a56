subject: Your {{kindEn}} is ready
--- text
Hello,

your {{kindEn}} in QH is ready. {{scoreEn}}

See what was found and what to change:
{{link}}

QH
--- html
<p>Hello,</p>
<p>your {{kindEn}} in QH is ready. {{scoreEn}}</p>
<p><a href="{{link}}">See what was found and what to change</a></p>
<p>QH</p>
