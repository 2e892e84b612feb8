#pragma once

// JSON for the action-form tests, written with single quotes ({'type': 'string'}) so the test
// sources need no raw strings (moc skips files whose raw strings hold some characters).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace portolan::testing {

inline QJsonValue jsonValue(const char *singleQuoted)
{
    QByteArray text(singleQuoted);
    text.replace('\'', '"');
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON at %d: %s", error.offset, singleQuoted);
    return doc.array().at(0);
}

inline QJsonObject jsonObject(const char *singleQuoted)
{
    return jsonValue(singleQuoted).toObject();
}

} // namespace portolan::testing
