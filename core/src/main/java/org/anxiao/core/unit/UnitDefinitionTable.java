package org.anxiao.core.unit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * The bundled reference table of cited unit definitions ({@code unit-definitions.json}), as read.
 *
 * @param schemaVersion wire-format version
 * @param description   what the table holds
 * @param definitions   the definitions, one per unit code
 */
record UnitDefinitionTable(String schemaVersion, Optional<LocalizedText> description, List<UnitDefinition> definitions) {
  UnitDefinitionTable {
    Bounds.schemaVersion("schemaVersion", schemaVersion);
    description = Objects.requireNonNullElse(description, Optional.empty());
    definitions = Bounds.list("definitions", definitions);
  }
}
