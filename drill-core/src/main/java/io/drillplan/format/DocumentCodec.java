package io.drillplan.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.drillplan.model.Excerpt;
import io.drillplan.model.Message;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Jackson set up for docs/format.md: strict scalars, duplicate keys refused, unknown fields ignored,
 * every Jackson error turned into a {@link FormatException} with line, column and path.
 */
final class DocumentCodec {

    private static final String STARTS = "io.drillplan.format.starts";
    private static final Pattern SOURCE_REF =
            Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");

    private static final Pattern JACKSON_ADVICE = Pattern.compile(":? *(to allow, )?enable `[^`]*`( to allow)?");

    /** Deepest nesting of arrays and objects; a document of format.md needs six levels. */
    static final int MAX_NESTING = 64;
    /** Longest number, in digits. */
    static final int MAX_NUMBER_DIGITS = 100;
    /** Longest string value, in characters. */
    static final int MAX_STRING_CHARS = 1_000_000;

    private static final ObjectMapper MAPPER = mapper();
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private DocumentCodec() {}

    private static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxNumberLength(MAX_NUMBER_DIGITS)
                        .maxStringLength(MAX_STRING_CHARS)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        SimpleModule locating = new SimpleModule("drillplan-locations");
        locating.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                return beanDesc.getBeanClass().getEnclosingClass() == Documents.class
                        ? new Locating(deserializer)
                        : deserializer;
            }
        });
        return JsonMapper.builder(factory)
                // Other programs may add fields of their own (docs/format.md).
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(JsonScalars.module())
                .addModule(locating)
                .addHandler(new JsonScalars.MismatchWording())
                .withConfigOverride(List.class,
                        o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .build();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /**
     * Parses {@code json} as one {@code type} document, recording where each object began in
     * {@code reading}.
     *
     * @throws FormatException for malformed JSON, a wrong value type, a bad scalar or trailing
     *     content; never a Jackson exception
     */
    static <T> T read(String json, Class<T> type, Reading reading) {
        if (json.isBlank()) {
            throw reading.error((JsonLocation) null, "", Message.of("format.empty"), null);
        }
        try (JsonParser p = MAPPER.createParser(json)) {
            T value;
            try {
                value = MAPPER.readerFor(type).withAttribute(STARTS, reading.starts()).readValue(p);
            } catch (StreamConstraintsException e) {
                // Jackson words these in its own API's terms and gives no place.
                throw reading.error(p.currentLocation(), limitPath(p), limitDetail(e), e);
            } catch (JsonMappingException e) {
                if (e.getCause() instanceof StreamConstraintsException limit) {
                    throw reading.error(p.currentLocation(), limitPath(p), limitDetail(limit), e);
                }
                throw e;
            }
            if (value == null) {
                throw reading.error(p.currentTokenLocation(), "", Message.of("format.nullDocument"), null);
            }
            if (p.nextToken() != null) {
                throw reading.error(p.currentTokenLocation(), "",
                        Message.of("format.trailing", JsonScalars.describe(p)), null);
            }
            return value;
        } catch (JsonMappingException e) {
            throw reading.error(e.getLocation(), path(e.getPath()), detail(e), e);
        } catch (JsonProcessingException e) {
            String path = e.getProcessor() instanceof JsonParser parser ? path(parser.getParsingContext()) : "";
            throw reading.error(e.getLocation(), path, Message.of("format.malformed", clean(e.getOriginalMessage())), e);
        } catch (IOException e) {
            // Parsing a String does no I/O; this is only here for the checked signature.
            throw reading.error((JsonLocation) null, "", Message.of("format.cannotRead", e.getMessage()), e);
        }
    }

    /**
     * {@code document} as pretty-printed JSON ending in a newline.
     *
     * @throws FormatException when a value has no JSON form (NaN, a time with seconds)
     */
    static String write(Object document, String source) {
        try {
            return WRITER.writeValueAsString(document) + "\n";
        } catch (JsonMappingException e) {
            throw new FormatException(source, -1, -1, path(e.getPath()), detail(e), e);
        } catch (JsonProcessingException e) {
            throw new FormatException(source, -1, -1, "", Message.of("format.json", e.getOriginalMessage()), e);
        }
    }

    /** Where a limit was hit; for deep nesting, where the nesting starts rather than 64 indexes down. */
    private static String limitPath(JsonParser p) {
        return path(p.getParsingContext()).replaceAll("(\\[\\d+])(\\[\\d+])+$", "$1");
    }

    private static Message limitDetail(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("nesting depth")) {
            return Message.of("format.nestedTooDeep", MAX_NESTING);
        }
        if (m.contains("Number value length")) {
            return Message.of("format.numberTooLong", MAX_NUMBER_DIGITS);
        }
        if (m.contains("String value length")) {
            return Message.of("format.stringTooLong", MAX_STRING_CHARS);
        }
        return Message.of("format.sizeLimit");
    }

    private static Message detail(JsonMappingException e) {
        if (e instanceof JsonScalars.CodedMismatch coded) {
            return coded.detail();
        }
        if (e instanceof InvalidNullException) {
            return Message.of("format.nullInList");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            // Jackson's own coercion refusals, such as "" where an object belongs.
            Object value = f.getValue();
            return Message.of("format.expected", JsonScalars.expected(f.getTargetType()),
                    value instanceof String text ? "string " + JsonScalars.quote(text) : String.valueOf(value));
        }
        return Message.of("format.json", clean(e.getOriginalMessage()));
    }

    /** Jackson's message without its Java source references. */
    private static String clean(String message) {
        if (message == null) {
            return "invalid JSON";
        }
        String text = SOURCE_REF.matcher(message).replaceAll("line $1, column $2");
        // Advice on Jackson settings means nothing to someone fixing a file.
        return JACKSON_ADVICE.matcher(text).replaceAll("");
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(Excerpt.of(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String path(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.getCurrentName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(Excerpt.of(c.getCurrentName()));
            }
        }
        return path.toString();
    }

    /** Records where each document object began, for errors found after parsing. */
    private static final class Locating extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        Locating(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Locating(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation start = p.currentTokenLocation();
            Object value = super.deserialize(p, ctxt);
            @SuppressWarnings("unchecked")
            Map<Object, JsonLocation> starts = (Map<Object, JsonLocation>) ctxt.getAttribute(STARTS);
            if (starts != null && value != null) {
                starts.put(value, start);
            }
            return value;
        }
    }
}
