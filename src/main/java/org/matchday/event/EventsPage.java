package org.matchday.event;

import org.matchday.problem.ProblemCode;
import org.matchday.web.PageFrame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.matchday.config.MatchdayConfig;
import org.matchday.format.DocumentReader;
import org.matchday.format.EventDocument;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.Violation;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.security.Caller;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;

/**
 * The organiser's start page: the events one belongs to (archived ones apart), the way to a new one, and importing
 * one from a file.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class EventsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance events(PageFrame frame, List<EventSummary> events,
                List<EventSummary> archived, List<Violation> errors);
    }

    private final EventService events;
    private final EventImporter importer;
    private final DocumentReader reader;
    private final MatchdayConfig config;
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public EventsPage(EventService events, EventImporter importer, DocumentReader reader, MatchdayConfig config,
            RoutingContext context, SecurityIdentity identity) {
        this.events = events;
        this.importer = importer;
        this.reader = reader;
        this.config = config;
        this.context = context;
        this.identity = identity;
    }

    @GET
    @Access(AccessRule.PUBLIC)
    @Operation(hidden = true)
    public Response home() {
        Caller caller = Caller.of(identity);
        return Response.seeOther(URI.create(caller.isParticipant() ? "/p" : caller.isAccount() ? "/events" : "/login"))
                .build();
    }

    @GET
    @Path("events")
    @Access(AccessRule.ACCOUNT)
    @Operation(hidden = true)
    public TemplateInstance list() {
        return page(List.of());
    }

    @POST
    @Path("events/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Access(AccessRule.ORGANISER)
    @Operation(hidden = true)
    public Object importEvent(@RestForm("file") FileUpload file) {
        try {
            if (file == null || file.size() == 0) {
                throw new InvalidDocumentException(ProblemCode.FILE_NONE.with(),
                        List.of(Violation.of("file", ProblemCode.FILE_EMPTY_FIELD)));
            }
            if (file.size() > config.importing().maxBytes().asLongValue()) {
                throw new InvalidDocumentException(ProblemCode.FILE_TOO_LARGE.with(), List.of(Violation.of("file",
                        ProblemCode.FILE_TOO_LARGE_FIELD, "limit", config.importing().maxBytes().asLongValue())));
            }
            long id = importer.importEvent(reader.read(Files.readAllBytes(file.uploadedFile()), EventDocument.class),
                    Caller.of(identity).accountId());
            return Response.seeOther(URI.create("/events/" + id)).build();
        } catch (InvalidDocumentException e) {
            return page(e.violations());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TemplateInstance page(List<Violation> errors) {
        PageFrame frame = PageFrame.of(context, identity);
        Caller caller = Caller.of(identity);
        List<EventSummary> all = events.list(caller.accountId(), caller.administrator());
        return Templates.events(frame, all.stream().filter(e -> !e.archived()).toList(),
                all.stream().filter(EventSummary::archived).toList(), errors).setLocale(frame.locale());
    }
}
