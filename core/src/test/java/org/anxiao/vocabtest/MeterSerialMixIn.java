package org.anxiao.vocabtest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** The mix-in that gives {@link MeterSerial} a serializer and a deserializer: a plain JSON string. */
@JsonSerialize(using = MeterSerialMixIn.Writer.class)
@JsonDeserialize(using = MeterSerialMixIn.Reader.class)
public abstract class MeterSerialMixIn {
  private MeterSerialMixIn() {}

  /** Writes the serial as a string. */
  public static final class Writer extends StdSerializer<MeterSerial> {
    private static final long serialVersionUID = 1L;

    public Writer() {
      super(MeterSerial.class);
    }

    @Override
    public void serialize(MeterSerial value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.value());
    }
  }

  /** Reads the serial from a string. */
  public static final class Reader extends StdDeserializer<MeterSerial> {
    private static final long serialVersionUID = 1L;

    public Reader() {
      super(MeterSerial.class);
    }

    @Override
    public MeterSerial deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new MeterSerial(p.getValueAsString());
    }
  }
}
