package io.drillplan.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;

/**
 * A {@code .properties} file packaged next to a class, read as UTF-8. drillplan's texts are read
 * this way rather than through {@code ResourceBundle}: a named module may not give
 * {@code ResourceBundle} the no-fallback control that keeps a missing Chinese text from turning
 * silently into English, and a file read directly falls back to nothing.
 */
public final class PropertiesFile {

    private PropertiesFile() {}

    /**
     * The keys and texts of the file {@code name} in {@code owner}'s package, as written.
     *
     * @param owner a class of the package (and module) the file is packaged in
     * @param name the file's name, for example {@code Texts_zh.properties}
     * @return the keys and texts, unmodifiable
     * @throws IllegalStateException when the file is not packaged (only a broken build can do that)
     * @throws UncheckedIOException when it cannot be read
     */
    public static Map<Object, Object> read(Class<?> owner, String name) {
        String path = owner.getPackageName().replace('.', '/') + "/" + name;
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from the jar");
            }
            Properties texts = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            return Collections.unmodifiableMap(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }
}
