package io.drillplan.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.drillplan.model.Excerpt;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.Message;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Strict readers and writers for the scalar values of docs/format.md.
 *
 * <p>Jackson's own deserializers coerce freely ({@code "5"} to 5, 2.7 to 2, {@code [2026,6,1]} to
 * a date) and word their errors in Java types; these accept exactly what docs/format.md allows and
 * name the expected and the found value in a planner's terms. Each error is a
 * {@link MismatchedInputException} at the offending token, to which Jackson adds the path as it
 * unwinds.
 */
final class JsonScalars {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");

    private JsonScalars() {}

    /** The module holding every reader and writer below. */
    static SimpleModule module() {
        SimpleModule m = new SimpleModule("drillplan-format");
        m.addDeserializer(String.class, new TextReader());
        m.addDeserializer(Integer.class, new IntegerReader());
        m.addDeserializer(Double.class, new NumberReader());
        m.addDeserializer(Boolean.class, new BooleanReader());
        m.addDeserializer(LocalDate.class, new DateReader());
        m.addDeserializer(LocalTime.class, new TimeReader());
        m.addDeserializer(ExerciseType.class, new ExerciseTypeReader());
        m.addSerializer(Double.class, new NumberWriter());
        m.addSerializer(LocalDate.class, new DateWriter());
        m.addSerializer(LocalTime.class, new TimeWriter());
        return m;
    }

    static MismatchedInputException mismatch(JsonParser p, Class<?> type, String code, Object... args) {
        return new CodedMismatch(p, type, Message.of("format." + code, args));
    }

    /** A refused value that keeps its {@link Message}, so that the error can be worded in any language. */
    static final class CodedMismatch extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        private final transient Message detail;

        CodedMismatch(JsonParser p, Class<?> type, Message detail) {
            super(p, detail.text(Locale.ENGLISH), type);
            this.detail = detail;
        }

        Message detail() {
            return detail;
        }
    }

    /** The current token as a planner would name it, quoting its value. */
    static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "term.json.end";
        }
        return switch (t) {
            case VALUE_STRING -> "string " + quote(p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number " + Excerpt.of(p.getText());
            case VALUE_TRUE, VALUE_FALSE -> "boolean " + p.getText();
            case VALUE_NULL -> "term.json.null";
            case START_OBJECT, FIELD_NAME -> "term.json.object";
            case START_ARRAY -> "term.json.array";
            default -> Excerpt.of(p.getText());
        };
    }

    /** {@code value} in single quotes, shortened when it is long. */
    static String quote(String value) {
        return Excerpt.quote(value);
    }

    /** What a JSON value of {@code type} looks like, for "expected ..." messages. */
    static String expected(JavaType type) {
        return expected(type.getRawClass());
    }

    /** What a JSON value of class {@code raw} looks like, for "expected ..." messages. */
    static String expected(Class<?> raw) {
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return "term.json.array";
        }
        if (raw == String.class) {
            return "term.json.string";
        }
        if (raw == Integer.class || raw == int.class) {
            return "term.json.integer";
        }
        if (raw == Double.class || raw == double.class) {
            return "term.json.number";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "term.json.boolean";
        }
        return "term.json.object";
    }

    static final class TextReader extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        TextReader() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                int bad = Excerpt.unpairedSurrogate(text);
                if (bad >= 0) {
                    // Written back it would become '?', and no longer match itself.
                    throw mismatch(p, String.class, "unpairedSurrogate", quote(text),
                            String.format(Locale.ROOT, "U+%04X", (int) text.charAt(bad)), bad + 1);
                }
                return text;
            }
            throw mismatch(p, String.class, "expected", "term.json.string", describe(p));
        }
    }

    static final class IntegerReader extends StdScalarDeserializer<Integer> {
        private static final long serialVersionUID = 1L;

        IntegerReader() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                if (p.getNumberType() == JsonParser.NumberType.INT) {
                    return p.getIntValue();
                }
                throw mismatch(p, Integer.class, "integerOutOfRange", Excerpt.of(p.getText()));
            }
            throw mismatch(p, Integer.class, "expected", "term.json.integer", describe(p));
        }
    }

    static final class NumberReader extends StdScalarDeserializer<Double> {
        private static final long serialVersionUID = 1L;

        NumberReader() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                double value = p.getDoubleValue();
                if (!Double.isFinite(value)) {
                    throw mismatch(p, Double.class, "numberOutOfRange", Excerpt.of(p.getText()));
                }
                return value;
            }
            throw mismatch(p, Double.class, "expected", "term.json.number", describe(p));
        }
    }

    static final class BooleanReader extends StdScalarDeserializer<Boolean> {
        private static final long serialVersionUID = 1L;

        BooleanReader() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_TRUE) || p.hasToken(JsonToken.VALUE_FALSE)) {
                return p.getBooleanValue();
            }
            throw mismatch(p, Boolean.class, "expected", "term.json.boolean", describe(p));
        }
    }

    static final class DateReader extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        DateReader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw mismatch(p, LocalDate.class, "expected", "term.json.date", describe(p));
            }
            String text = p.getText();
            if (!DATE.matcher(text).matches()) {
                throw mismatch(p, LocalDate.class, "badDate", quote(text));
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                throw mismatch(p, LocalDate.class, "noSuchDay", quote(text));
            }
        }
    }

    static final class TimeReader extends StdScalarDeserializer<LocalTime> {
        private static final long serialVersionUID = 1L;

        TimeReader() {
            super(LocalTime.class);
        }

        @Override
        public LocalTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw mismatch(p, LocalTime.class, "expected", "term.json.time", describe(p));
            }
            String text = p.getText();
            if (TIME.matcher(text).matches()) {
                int hour = Integer.parseInt(text.substring(0, 2));
                int minute = Integer.parseInt(text.substring(3));
                if (hour < 24 && minute < 60) {
                    return LocalTime.of(hour, minute);
                }
            }
            throw mismatch(p, LocalTime.class, "badTime", quote(text));
        }
    }

    static final class ExerciseTypeReader extends StdScalarDeserializer<ExerciseType> {
        private static final long serialVersionUID = 1L;
        private static final String NAMES = Arrays.stream(ExerciseType.values())
                .map(Enum::name)
                .collect(Collectors.joining(", "));

        ExerciseTypeReader() {
            super(ExerciseType.class);
        }

        @Override
        public ExerciseType deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                for (ExerciseType type : ExerciseType.values()) {
                    if (type.name().equals(text)) {
                        return type;
                    }
                }
                throw mismatch(p, ExerciseType.class, "unknownExerciseType", quote(text), NAMES);
            }
            throw mismatch(p, ExerciseType.class, "expectedExerciseType", NAMES, describe(p));
        }
    }

    /** Reads the {@code format} tag, keeping where its value stood. */
    static final class FormatTagReader extends JsonDeserializer<Documents.FormatTag> {
        @Override
        public Documents.FormatTag deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw mismatch(p, Documents.FormatTag.class, "expected", "term.json.string", describe(p));
            }
            return new Documents.FormatTag(p.getText(), p.currentTokenLocation());
        }
    }

    /** Writes whole numbers without a fraction ({@code 40}, not {@code 40.0}), as docs/format.md does. */
    static final class NumberWriter extends StdScalarSerializer<Double> {
        private static final long serialVersionUID = 1L;

        NumberWriter() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double d = value;
            if (!Double.isFinite(d)) {
                throw JsonMappingException.from(gen, d + " cannot be written in JSON");
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0)) {
                gen.writeNumber((long) d);
            } else {
                gen.writeNumber(d);
            }
        }
    }

    static final class DateWriter extends StdScalarSerializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        DateWriter() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.getYear() < 0 || value.getYear() > 9999) {
                throw JsonMappingException.from(gen, "date " + value + " has no YYYY-MM-DD form");
            }
            gen.writeString(value.toString());
        }
    }

    static final class TimeWriter extends StdScalarSerializer<LocalTime> {
        private static final long serialVersionUID = 1L;

        TimeWriter() {
            super(LocalTime.class);
        }

        @Override
        public void serialize(LocalTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.getSecond() != 0 || value.getNano() != 0) {
                throw JsonMappingException.from(gen, "time " + value + " is not a whole minute; the format holds HH:MM");
            }
            gen.writeString(String.format(Locale.ROOT, "%02d:%02d", value.getHour(), value.getMinute()));
        }
    }

    /**
     * Words Jackson's structural mismatches (an object where a list belongs, a string where an
     * object belongs) like the scalar readers do.
     */
    static final class MismatchWording extends com.fasterxml.jackson.databind.deser.DeserializationProblemHandler {
        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                JsonParser p, String failureMsg) throws IOException {
            throw mismatch(p, targetType.getRawClass(), "expected", expected(targetType), describe(p));
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                ValueInstantiator valueInsts, JsonParser p, String msg) throws IOException {
            throw mismatch(p, instClass, "expected", expected(instClass), describe(p));
        }
    }
}
