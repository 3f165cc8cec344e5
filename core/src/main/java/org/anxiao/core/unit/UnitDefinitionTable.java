package org.anxiao.core.unit;

import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * The bundled reference table of cited unit definitions ({@code unit-definitions.json}), as read.
 *
 * @param schemaVersion wire-format version
 * @param definitions   the definitions
 */
record UnitDefinitionTable(String schemaVersion, List<UnitDefinition> definitions) {
  UnitDefinitionTable {
    Bounds.schemaVersion("schemaVersion", schemaVersion);
    definitions = Bounds.list("definitions", definitions);
  }
}
