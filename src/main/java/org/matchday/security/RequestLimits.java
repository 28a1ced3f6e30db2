package org.matchday.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.matchday.problem.Problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}, {@code max-body-size})
 * answered like every other refusal, with a problem body: 414, 431 and 413. Vert.x answers them itself with an empty
 * body and offers no hook to change that, so its parser is given {@value #HEADROOM} times the configured lengths and
 * the configured ones are checked here, first of all filters (before authentication spends a password check). A
 * request past the parser's own limit still gets Vert.x's bare answer; one with a declared body too large is refused
 * before a byte of it is read.
 */
@ApplicationScoped
public class RequestLimits implements HttpServerOptionsCustomizer {

    static final int HEADROOM = 4;
    /** Before CORS (300) and authentication (200). */
    private static final int PRIORITY = 400;

    private final ObjectMapper json;
    private final int maxRequestLine;
    private final long maxHeaderBytes;
    private final Optional<MemorySize> maxBodySize;

    public RequestLimits(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096")
            int maxRequestLine,
            @ConfigProperty(name = "quarkus.http.limits.max-header-size", defaultValue = "20K")
            MemorySize maxHeaderSize,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.json = json;
        this.maxRequestLine = maxRequestLine;
        this.maxHeaderBytes = maxHeaderSize.asLongValue();
        this.maxBodySize = maxBodySize;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        widen(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        widen(options);
    }

    private void widen(HttpServerOptions options) {
        options.setMaxInitialLineLength(maxRequestLine * HEADROOM);
        options.setMaxHeaderSize((int) Math.min(Integer.MAX_VALUE, maxHeaderBytes * HEADROOM));
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        int requestLine = request.method().name().length() + " ".length() + request.uri().length()
                + " HTTP/1.1".length();
        if (requestLine > maxRequestLine) {
            refuse(context, 414, "uri-too-long", "URI too long", "The request line is " + requestLine
                    + " bytes long; at most " + maxRequestLine + " are accepted. Send long data in a body.", false);
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + 2 + header.getValue().length();
        }
        if (headerBytes > maxHeaderBytes) {
            refuse(context, 431, "headers-too-large", "Request header fields too large", "The headers take "
                    + headerBytes + " bytes; at most " + maxHeaderBytes + " are accepted.", false);
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && maxBodySize.isPresent() && declared(length) > maxBodySize.get().asLongValue()) {
            refuse(context, 413, "payload-too-large", "Payload too large", "The body is " + length.strip()
                    + " bytes long; at most " + maxBodySize.get().asLongValue() + " are accepted.", true);
            return;
        }
        context.next();
    }

    private static long declared(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            // Vert.x refuses a malformed length itself.
            return -1;
        }
    }

    /** The problem, and the connection closed: whatever else the client sends (a body, say) is not read. */
    private void refuse(RoutingContext context, int status, String type, String title, String detail,
            boolean withPath) {
        String path = context.normalizedPath();
        Problem problem = new Problem("urn:matchday:problem:" + type, title, status, detail, withPath ? path : null,
                List.of());
        SecurityHeaders.apply(context.response().headers(), path);
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ignored -> context.request().connection().close());
        try {
            context.response().end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().end();
        }
    }
}
