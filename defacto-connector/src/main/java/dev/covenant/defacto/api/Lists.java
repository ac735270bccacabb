package dev.covenant.defacto.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Null-tolerant copies, because Jackson passes null for fields a response leaves out. */
final class Lists {
  private Lists() {}

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  static <K, V> Map<K, V> copy(Map<K, V> map) {
    return map == null ? Map.of() : Map.copyOf(map);
  }

  static <T> Optional<T> orEmpty(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  // ObjectNode is mutable: records hold and hand out their own copies. Text nodes are shared by
  // deepCopy, so an invoice's base64 document is never duplicated.
  static List<ObjectNode> copyNodes(List<ObjectNode> nodes) {
    return nodes == null ? List.of() : nodes.stream().map(ObjectNode::deepCopy).toList();
  }

  static Optional<ObjectNode> copyNode(Optional<ObjectNode> node) {
    return node == null ? Optional.empty() : node.map(ObjectNode::deepCopy);
  }
}
