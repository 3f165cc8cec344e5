package org.anxiao.core.testkit.vector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * A family of conformance vectors the library can generate on demand: a generator of inputs in the
 * form of one {@code conformance/} file's {@code input}, and the library's result for each in the
 * form of its {@code expected} (or its {@code expectedError}).
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader} (each kit lists its families in
 * {@code META-INF/services/org.anxiao.core.testkit.vector.VectorFamily}) and written by
 * {@link VectorFiles}. A family must be deterministic: the same input always gives the same
 * outcome, and {@link #inputs()} draws only from the randomness QuickTheories gives it.
 */
public interface VectorFamily {
  /** {@return the family's name, unique among families, e.g. {@code energy.coal-equivalent}} */
  String name();

  /** {@return the calculator of the vector file, e.g. {@code anxiao.energy.coal-equivalent}} */
  String calculator();

  /** {@return what the generated vectors cover, in words, for the file's {@code description}} */
  String description();

  /** {@return the packs the results may come from, as {@code id@version}, for the file's {@code packs}} */
  List<String> packs();

  /** {@return the file's {@code dataFiles} entries: one per pack in {@link #packs()} and per table read} */
  List<DataFile> dataFiles();

  /** {@return the group's {@code parameters}; by default {@code {}}} */
  default ObjectNode parameters() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * {@return the {@code parameters} of each group of a file, in order; by default one group, of
   * {@link #parameters()}} A family whose calculator takes a context from the group (a policy, a
   * date) lists one group per context; the vectors split evenly over them.
   */
  default List<ObjectNode> groups() {
    return List.of(parameters());
  }

  /**
   * {@return the inputs of the group with these {@code parameters}; by default {@link #inputs()}}
   *
   * @param parameters one element of {@link #groups()}
   */
  default Gen<ObjectNode> inputs(ObjectNode parameters) {
    return inputs();
  }

  /**
   * {@return what the library gives on {@code input} in the group with these {@code parameters};
   * by default {@link #run(JsonNode)}}
   *
   * @param parameters one element of {@link #groups()}
   * @param input      one input drawn from {@link #inputs(ObjectNode)}
   */
  default VectorOutcome run(ObjectNode parameters, JsonNode input) {
    return run(input);
  }

  /** {@return flags this family uses beyond {@code Differential}, with their meaning; by default none} */
  default Map<String, String> notes() {
    return Map.of();
  }

  /** {@return the inputs, each in the form of one vector's {@code input}} */
  Gen<ObjectNode> inputs();

  /**
   * {@return what the library gives on {@code input}: the vector's {@code expected}, or the error
   * code of the {@code AnxiaoException} it throws}
   *
   * @param input one input drawn from {@link #inputs()}
   */
  VectorOutcome run(JsonNode input);

  /**
   * {@return the flags of one vector beyond {@code Differential}, all named in {@link #notes()}; by default none}
   *
   * @param input   the input
   * @param outcome its outcome
   */
  default List<String> flags(JsonNode input, VectorOutcome outcome) {
    return List.of();
  }
}
