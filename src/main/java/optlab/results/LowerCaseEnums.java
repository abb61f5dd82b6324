package optlab.results;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Locale;

/**
 * The JSON files people read (results, manifests, verdicts, the page's spec) write enums in lower
 * case, as pandas and Keras users expect ("scratch", "completed"), and read them in any case, so
 * stores written before read as they were. Run ids do not move: {@code SpecHash} hashes the specs
 * with Jackson's defaults, not with this.
 */
public final class LowerCaseEnums {

    private LowerCaseEnums() {
    }

    /** A mapper builder with lower-case enums out and case-insensitive enums in. */
    public static JsonMapper.Builder mapper() {
        var module = new SimpleModule("lower-case-enums");
        module.addSerializer(Enum.class, new Writer());
        return JsonMapper.builder().addModule(module).enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
    }

    @SuppressWarnings("rawtypes")
    private static final class Writer extends JsonSerializer<Enum> {
        @Override
        public void serialize(Enum value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(value.name().toLowerCase(Locale.ROOT));
        }
    }
}
