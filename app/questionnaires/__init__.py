"""The questionnaire engine: definitions in forms/ become pages, forms and checked answers, whatever the channel."""
