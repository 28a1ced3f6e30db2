package org.matchday.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.Attendance;
import org.matchday.format.Formatted.As;

import java.util.List;

/** Someone who takes part in meetings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "organisation", "group", "country", "sectors", "description", "offers", "seeks",
        "languages", "email", "availability", "maxMeetings", "table", "attendance", "version"})
@Schema(name = "Participant")
public record ParticipantDoc(
        @Schema(example = "eu-01", required = true) @NotNull @Formatted(As.CODE) String id,
        @Schema(example = "Jane Doe", required = true) @NotBlank @Size(max = 200) String name,
        @Schema(example = "Example Cluster") @Size(max = 300) String organisation,
        @Schema(description = "A side or kind of participant.", example = "EU cluster") @Size(max = 100) String group,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", example = "FR")
        @Pattern(regexp = "[A-Z]{2}", message = "{field.country}") String country,
        @Size(max = 50, groups = ListLimits.class) List<@NotBlank @Size(max = 100) String> sectors,
        @Schema(description = "Windows in which the participant can meet; absent means every slot.")
        @Size(max = 200, groups = ListLimits.class) List<@NotNull @Valid AvailabilityDoc> availability,
        @Schema(description = "Most meetings the participant takes; absent means no cap.", example = "6")
        @Min(0) Integer maxMeetings,
        @Schema(description = "Fixed table the participant never leaves (host, booth holder).", example = "T01")
        @Formatted(As.CODE) String table,
        @Schema(description = "What the participant does, for partners to read.") @Size(max = 4000) String description,
        @Schema(description = "What it offers partners.") @Size(max = 2000) String offers,
        @Schema(description = "What it looks for.") @Size(max = 2000) String seeks,
        @Schema(description = "Languages it meets in, as language tags; the first is the language of its mails.",
                example = "[\"zh-TW\", \"en\"]")
        @Size(max = 20, groups = ListLimits.class) List<@NotNull @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                message = "{field.language}") String> languages,
        @Schema(description = "Where invitations and timetables go; never shown to other participants.",
                example = "marie.dubois@example.org")
        @Email @Size(max = 320) String email,
        @Schema(description = "CANCELLED or NO_SHOW once the participant will not or did not come; absent while"
                + " expected.") Attendance attendance,
        @Schema(description = "Optimistic-locking version for the REST API; ignored on import, never exported.")
        Long version) {

    /** What other participants may see: no availability, no cap on meetings, no version to edit with. */
    public ParticipantDoc publicProfile() {
        return new ParticipantDoc(id, name, organisation, group, country, sectors, null, null, table, description,
                offers, seeks, languages, null, attendance, null);
    }

    public ParticipantDoc withGroup(String newGroup) {
        return new ParticipantDoc(id, name, organisation, newGroup, country, sectors, availability, maxMeetings, table,
                description, offers, seeks, languages, email, attendance, version);
    }

    public ParticipantDoc withVersion(Long newVersion) {
        return new ParticipantDoc(id, name, organisation, group, country, sectors, availability, maxMeetings, table,
                description, offers, seeks, languages, email, attendance, newVersion);
    }
}
