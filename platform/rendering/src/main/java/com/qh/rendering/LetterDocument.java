package com.qh.rendering;

import java.util.List;
import java.util.Objects;

/**
 * A cover letter as it is to be printed, every text written and formatted by the caller (the letter service).
 *
 * @param language the language the text is in
 * @param sender who writes: name, headline and contacts, printed as the letterhead
 * @param recipient the company and, when known, the person and address
 * @param date the date, already formatted ({@link DateRanges#day})
 * @param subject a subject line such as the role applied for, or null
 * @param greeting the salutation ("Уважаемая Анна Сергеевна!", "Dear Ms Smith,")
 * @param paragraphs the body, one string per paragraph
 * @param closing the complimentary close ("С уважением,", "Kind regards,")
 * @param signature the name under the close
 */
public record LetterDocument(
    Language language,
    Sender sender,
    Recipient recipient,
    String date,
    String subject,
    String greeting,
    List<String> paragraphs,
    String closing,
    String signature) {

  public LetterDocument {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
    paragraphs = List.copyOf(paragraphs == null ? List.of() : paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("A letter needs at least one paragraph");
    }
  }

  /**
   * The letter's author.
   *
   * @param name the person's name, the document's author
   * @param headline their title, or null
   * @param contacts as on their resume
   */
  public record Sender(String name, String headline, List<ResumeDocument.Contact> contacts) {
    public Sender {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("A letter needs the sender's name");
      }
      contacts = List.copyOf(contacts == null ? List.of() : contacts);
    }
  }

  /**
   * Whom the letter is for.
   *
   * @param person the hiring manager's name and title, or null
   * @param company the company
   * @param addressLines the address, or empty
   */
  public record Recipient(String person, String company, List<String> addressLines) {
    public Recipient {
      Objects.requireNonNull(company, "company");
      addressLines = List.copyOf(addressLines == null ? List.of() : addressLines);
    }
  }
}
