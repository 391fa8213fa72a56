package com.qh.letter.drafting;

import com.qh.rendering.Language;
import java.util.List;

/**
 * A drafted letter.
 *
 * @param language the language it is written in
 * @param subject the subject line
 * @param greeting the salutation
 * @param paragraphs the body
 * @param closing the complimentary close
 * @param signature the candidate's name
 * @param recipientPerson the contact person the vacancy names, or null
 * @param answers the requirements the body answers, each with the profile's evidence
 */
public record Draft(Language language, String subject, String greeting, List<String> paragraphs, String closing,
        String signature, String recipientPerson, List<Answer> answers) {

    public Draft {
        paragraphs = List.copyOf(paragraphs);
        answers = List.copyOf(answers);
    }

    /**
     * A requirement answered in the letter.
     *
     * @param requirement the skill as the vacancy asks for it (canonical name)
     * @param must required, not a plus
     * @param evidence the profile's text that answers it
     * @param employer where that was, or null
     */
    public record Answer(String requirement, boolean must, String evidence, String employer) {
    }
}
