#pragma once

#include <QString>
#include <optional>

namespace portolan {

// A Backstage entity reference, `[kind:][namespace/]name`, with the defaults filled in.
// Backstage compares references case-insensitively; `key()` is the form to compare, while the
// parts keep their spelling for identifiers and messages.
struct BackstageRef
{
    QString kind; // lower-cased: it is also the blueprint identifier
    QString ns;
    QString name;

    // An empty `defaultKind` means the field has none, so the reference must name its kind.
    // Returns nothing and sets `error` when the text is not a reference.
    static std::optional<BackstageRef> parse(
        QStringView text, const QString &defaultKind, const QString &defaultNamespace, QString *error);

    QString key() const;
    // `kind:namespace/name`, the complete form Backstage uses in messages and on the wire.
    QString toString() const;
    // The Portolan entity identifier: `name` in the default namespace, `namespace/name` elsewhere,
    // so that the same name in two namespaces stays two entities.
    QString identifier() const;
};

} // namespace portolan
