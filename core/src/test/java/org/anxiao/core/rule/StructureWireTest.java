package org.anxiao.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.anxiao.core.json.AnxiaoJson;
import org.junit.jupiter.api.Test;

/** A structure parameter is the JSON object itself on the wire, and reads back equal. */
class StructureWireTest {
  @Test
  void structureIsWrittenAsTheObjectItself() {
    Parameter p = new Parameter.Structure("{\"a\":1,\"b\":[true,null,\"x\"]}", Optional.of("第一条"), Optional.empty(),
        Optional.empty());
    String json = AnxiaoJson.strict().write(p);
    assertEquals("{\"type\":\"structure\",\"value\":{\"a\":1,\"b\":[true,null,\"x\"]},\"clause\":\"第一条\"}", json);
    assertEquals(p, AnxiaoJson.strict().read(json, Parameter.class));
  }
}
