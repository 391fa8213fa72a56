subject: {{title}} is ready
--- text
Your thing {{title}} is ready; it has {{tags}}.
