#pragma once

// A three-step action with sections, every common input kind and jq, plus a small portal for its
// entity, user and team pickers. Shared by tst_actionform (and its rendering to PNG).
#include "formjson.h"
#include "storefixture.h"

namespace portolan::testing {

inline QJsonObject wizardAction()
{
    return jsonObject(
        "{'identifier': 'scaffold_service', 'title': 'Scaffold a service', 'icon': 'Service',"
        " 'description': 'Creates a repository, a pipeline and the catalog entry for a new service.',"
        " 'trigger': {'type': 'self-service', 'operation': 'CREATE', 'blueprintIdentifier': 'service',"
        "  'userInputs': {"
        "   'properties': {"
        "    'name': {'type': 'string', 'title': 'Service name', 'description': 'Lower-case letters, digits and dashes.',"
        "             'minLength': 3, 'maxLength': 30, 'pattern': '^[a-z][a-z0-9-]*$'},"
        "    'language': {'type': 'string', 'title': 'Language', 'enum': ['Go', 'Java', 'Python'],"
        "                 'enumColors': {'Go': 'turquoise', 'Java': 'orange', 'Python': 'blue'}},"
        "    'javaVersion': {'type': 'string', 'title': 'Java version', 'enum': ['17', '21'], 'default': '21',"
        "                    'visible': {'jqQuery': '.form.language == \\u0022Java\\u0022'}},"
        "    'owner': {'type': 'string', 'format': 'user', 'title': 'Owner', 'default': {'jqQuery': '.user.email'}},"
        "    'team': {'type': 'string', 'format': 'team', 'title': 'Team'},"
        "    'replicas': {'type': 'number', 'title': 'Replicas', 'minimum': 1, 'maximum': 10, 'default': 2},"
        "    'dependsOnService': {'type': 'string', 'format': 'entity', 'blueprint': 'service', 'title': 'Calls',"
        "       'description': 'A service of the same language this one calls.',"
        "       'dependsOn': ['language'], 'sort': {'property': '$title', 'order': 'ASC'},"
        "       'dataset': {'combinator': 'and', 'rules': [{'property': 'language', 'operator': '=', 'value': {'jqQuery': '.form.language'}}]}},"
        "    'consumers': {'type': 'array', 'title': 'Consumers', 'items': {'type': 'string', 'format': 'entity', 'blueprint': 'service'}},"
        "    'tags': {'type': 'array', 'title': 'Tags', 'items': {'type': 'string'}, 'uniqueItems': true, 'maxItems': 5},"
        "    'config': {'type': 'object', 'title': 'Extra configuration'},"
        "    'launch': {'type': 'string', 'format': 'date-time', 'title': 'Launch date'},"
        "    'token': {'type': 'string', 'title': 'Registry token', 'encryption': 'aes256-gcm', 'minLength': 8,"
        "              'description': 'Used once to push the first image; never stored in clear.'},"
        "    'notes': {'type': 'string', 'format': 'multi-line', 'title': 'Notes'},"
        "    'public': {'type': 'boolean', 'title': 'Expose publicly'}"
        "   },"
        "   'required': ['name', 'language', 'replicas', 'token'],"
        "   'titles': {'identity': {'title': 'Identity', 'description': 'What the service is called and written in.'},"
        "              'ownership': {'title': 'Ownership'}, 'runtime': {'title': 'Runtime'}, 'links': {'title': 'Relations'}},"
        "   'steps': [{'title': 'Basics', 'order': ['identity', 'name', 'language', 'javaVersion', 'ownership', 'owner', 'team']},"
        "             {'title': 'Details', 'order': ['runtime', 'replicas', 'launch', 'public', 'links', 'dependsOnService', 'consumers', 'tags', 'config']},"
        "             {'title': 'Secrets', 'order': ['token', 'notes']}]"
        "  }}}");
}

inline QJsonObject wizardUser()
{
    return jsonObject("{'email': 'ada@example.com', 'identifier': 'ada', 'teams': ['payments']}");
}

// team/system/service from storefixture, plus people, and services in two languages.
inline void writePickerPortal(CatalogStore &store)
{
    QList<Blueprint> blueprints = portalBlueprints();
    blueprints.append(Blueprint::fromJson(jsonObject(
        "{'identifier': 'user', 'title': 'User', 'schema': {'properties': {'email': {'type': 'string', 'format': 'email'}}}}")));
    QList<Entity> entities = portalEntities();
    entities.append(Entity::fromJson(jsonObject(
        "{'identifier': 'ada', 'blueprint': 'user', 'title': 'Ada Lovelace', 'properties': {'email': 'ada@example.com'}}")));
    entities.append(Entity::fromJson(jsonObject(
        "{'identifier': 'alan', 'blueprint': 'user', 'title': 'Alan Turing', 'properties': {'email': 'alan@example.com'}}")));
    entities.append(Entity::fromJson(jsonObject(
        "{'identifier': 'search', 'blueprint': 'team', 'title': 'Search', 'properties': {}}")));
    entities.append(Entity::fromJson(jsonObject(
        "{'identifier': 'checkout', 'blueprint': 'service', 'title': 'Checkout', 'properties': {'language': 'Go', 'replicas': 2}}")));
    write(store, blueprints, entities);
}

} // namespace portolan::testing
