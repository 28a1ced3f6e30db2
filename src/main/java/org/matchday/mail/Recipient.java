package org.matchday.mail;

import org.matchday.language.Language;

import java.util.List;

/** A participant who gets mail: its address, and the language tags that choose the language of the text. */
public record Recipient(String code, String name, String email, List<String> languages) {

    public Language language() {
        return Language.forParticipant(languages);
    }
}
