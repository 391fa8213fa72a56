subject: Confirm your subscription to QH
--- text
Hello,

someone, hopefully you, asked to subscribe {{email}} to news from QH. Confirm here:

{{link}}

If it was not you, ignore this mail and nothing happens.

QH
--- html
<p>Hello,</p>
<p>someone, hopefully you, asked to subscribe {{email}} to news from QH.</p>
<p><a href="{{link}}">Confirm the subscription</a></p>
<p>If it was not you, ignore this mail and nothing happens.</p>
<p>QH</p>
