subject: Your {{kindEn}} is ready
--- text
{{scoreEn}} Open it to see what was found and what to change.
