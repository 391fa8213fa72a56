subject: Анализ готов: {{kindRu}}
--- text
Здравствуйте!

Ваш анализ в QH готов: {{kindRu}}. {{scoreRu}}

Откройте его, чтобы увидеть, что найдено и что стоит исправить в первую очередь, затем обновите профиль или резюме:
{{link}}

QH
--- html
<p>Здравствуйте!</p>
<p>Ваш анализ в QH готов: {{kindRu}}.</p>
<p style="font-size:20px"><strong>{{scoreRu}}</strong></p>
<p>Откройте его, чтобы увидеть, что найдено и что стоит исправить в первую очередь, затем обновите профиль или резюме.</p>
<p><a href="{{link}}" style="display:inline-block;padding:10px 18px;background:#1a56db;color:#ffffff;text-decoration:none;border-radius:6px">Открыть результаты</a></p>
<p style="color:#555555;font-size:13px">Или откройте ссылку в браузере: {{link}}</p>
<p>QH</p>
