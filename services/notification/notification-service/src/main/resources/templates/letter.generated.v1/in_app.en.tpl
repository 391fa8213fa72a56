subject: Your cover letter to {{company}} is ready
--- text
The letter for “{{role}}” is saved in your documents as a {{format}} file, version {{documentVersion}}.
