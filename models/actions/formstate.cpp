#include "formstate.h"

#include "actions/inputvalidation.h"
#include "jq/jqprogram.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// jq's truthiness: everything but false and null.
bool truthy(const QJsonValue &v)
{
    return !(v.isNull() || v.isUndefined() || (v.isBool() && !v.toBool()));
}

QString label(const QJsonValue &v)
{
    if (v.isDouble())
        return QLocale::c().toString(v.toDouble(), 'g', 15);
    return v.toVariant().toString();
}

// The inputs a jq program reads through `.form`: `.form.key` and `.form["key"]`. A program that
// reads `.form` any other way (`.form | keys`) depends on every input: `all` is set.
QSet<QString> formReads(const QString &program, bool *all)
{
    static const QRegularExpression named(uR"re(\.form(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*"([^"]+)"\s*\]))re"_s);
    static const QRegularExpression any(uR"re(\.form\b)re"_s);
    QSet<QString> keys;
    qsizetype namedCount = 0;
    for (auto it = named.globalMatch(program); it.hasNext();) {
        const auto m = it.next();
        keys.insert(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
        ++namedCount;
    }
    qsizetype anyCount = 0;
    for (auto it = any.globalMatch(program); it.hasNext(); it.next())
        ++anyCount;
    if (anyCount > namedCount)
        *all = true;
    return keys;
}

} // namespace

FormState::FormState() = default;

FormState::FormState(const QJsonObject &userInputs, const FormContext &context)
    : m_inputs(UserInputs::fromJson(userInputs))
    , m_context(context)
{
    collectDependencies();
    sortByDependencies();
    buildSteps();
    QSet<QString> all;
    for (const UserInput &in : m_inputs.inputs)
        all.insert(in.key);
    evaluate(all, true);
}

QStringList FormState::keys() const
{
    QStringList list;
    for (const UserInput &in : m_inputs.inputs)
        list.append(in.key);
    return list;
}

std::shared_ptr<JqProgram> FormState::program(const QString &text) const
{
    auto &compiled = m_compiled[text];
    if (!compiled)
        compiled = std::make_shared<JqProgram>(text);
    return compiled;
}

void FormState::collectDependencies()
{
    const QStringList everyKey = keys();
    for (const UserInput &in : m_inputs.inputs) {
        QSet<QString> deps(in.dependsOn.begin(), in.dependsOn.end());
        bool all = false;
        for (const QString &p : in.jqPrograms())
            deps.unite(formReads(p, &all));
        if (all)
            deps.unite(QSet<QString>(everyKey.begin(), everyKey.end()));
        deps.remove(in.key);
        m_dependsOn.insert(in.key, deps);
    }
}

void FormState::sortByDependencies()
{
    // Kahn's algorithm, stable in form order; inputs on a cycle (reported by checkUserInputs) come last.
    QStringList pending = keys();
    QSet<QString> done;
    while (!pending.isEmpty()) {
        bool progressed = false;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            const QSet<QString> &deps = m_dependsOn.value(pending.at(i));
            const bool ready = std::all_of(deps.begin(), deps.end(),
                                           [&](const QString &d) { return done.contains(d) || !input(d); });
            if (ready) {
                done.insert(pending.at(i));
                m_evaluationOrder.append(pending.takeAt(i));
                progressed = true;
                break;
            }
        }
        if (!progressed)
            m_evaluationOrder.append(pending.takeFirst());
    }
}

void FormState::buildSteps()
{
    QSet<QString> placed;
    auto entries = [&](const QStringList &order) {
        QList<FormEntry> list;
        for (const QString &key : order) {
            if (placed.contains(key))
                continue;
            if (m_inputs.sections.contains(key)) {
                const InputSection &s = m_inputs.sections.value(key);
                list.append({FormEntry::Kind::Section, key, s.title, s.description});
            } else if (input(key)) {
                list.append({FormEntry::Kind::Field, key, {}, {}});
            } else {
                continue;
            }
            placed.insert(key);
        }
        return list;
    };
    if (m_inputs.steps.isEmpty())
        m_steps.append({QString(), entries(m_inputs.order)});
    for (const InputStep &step : std::as_const(m_inputs.steps))
        m_steps.append({step.title, entries(step.order)});
    // Inputs no step or order places go at the end of the last step, in form order.
    m_steps.last().entries.append(entries(keys()));
}

int FormState::stepOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        for (const FormEntry &e : m_steps.at(i).entries)
            if (e.key == key)
                return int(i);
    return -1;
}

QJsonObject FormState::jqInput() const
{
    QJsonObject form;
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        if (!it.value().isUndefined())
            form.insert(it.key(), it.value());
    return {{u"form"_s, form}, {u"entity"_s, m_context.entity}, {u"user"_s, m_context.user}};
}

QJsonValue FormState::run(const QString &text, const QString &key, const QString &what)
{
    const auto p = program(text);
    if (!p->isValid()) {
        m_warnings[key].append(u"%1: jq does not compile: %2"_s.arg(what, p->error()));
        return {};
    }
    QString error;
    const QJsonValue v = p->first(jqInput(), &error);
    if (!error.isEmpty()) {
        m_warnings[key].append(u"%1: %2"_s.arg(what, error));
        return {};
    }
    return v;
}

QJsonValue FormState::resolve(const Dynamic &d, const QString &key, const QString &what)
{
    return d.isJq() ? run(d.jq, key, what) : d.value;
}

QJsonObject FormState::resolveDataset(const QJsonObject &query, const QString &key)
{
    QJsonObject resolved = query;
    QJsonArray rules;
    for (const QJsonValue &r : query.value("rules"_L1).toArray()) {
        QJsonObject rule = r.toObject();
        if (rule.contains("rules"_L1))
            rule = resolveDataset(rule, key);
        else if (Dynamic::isJqObject(rule.value("value"_L1)))
            rule.insert(u"value"_s, resolve(Dynamic::read(rule.value("value"_L1)), key, u"dataset value"_s));
        rules.append(rule);
    }
    if (query.contains("rules"_L1))
        resolved.insert(u"rules"_s, rules);
    return resolved;
}

void FormState::evaluateInput(const UserInput &in, bool dependencyChanged)
{
    const QString &key = in.key;
    m_warnings.remove(key);
    const bool visible = !in.visible.isSet() || truthy(resolve(in.visible, key, u"visible"_s));
    if (visible)
        m_hidden.remove(key);
    else
        m_hidden.insert(key);

    // Port disables an input until the inputs it depends on have values.
    const bool waiting = std::any_of(in.dependsOn.begin(), in.dependsOn.end(),
                                     [&](const QString &d) { return input(d) && isEmpty(d); });
    const bool disabled = waiting || (in.disabled.isSet() && truthy(resolve(in.disabled, key, u"disabled"_s)));
    if (disabled)
        m_disabled.insert(key);
    else
        m_disabled.remove(key);

    QList<EnumOption> options;
    if (in.enumValues.isSet()) {
        const QJsonValue values = resolve(in.enumValues, key, u"enum"_s);
        for (const QJsonValue &v : values.toArray()) {
            // jq may give {label, value} pairs; plain values label themselves.
            const QJsonValue value = v.isObject() ? v.toObject().value("value"_L1) : v;
            const QString text = v.isObject() ? v.toObject().value("label"_L1).toString(label(value)) : label(value);
            options.append({value, text, in.enumColors.value(label(value)).toString()});
        }
        if (!values.isArray() && !values.isUndefined() && !values.isNull())
            m_warnings[key].append(u"enum: jq gave %1, not a list"_s.arg(label(values)));
    }
    const bool optionsChanged = options.size() != m_options.value(key).size()
        || !std::equal(options.begin(), options.end(), m_options.value(key).begin(),
                       [](const EnumOption &a, const EnumOption &b) { return a.value == b.value; });
    m_options.insert(key, options);

    if (in.kind == InputKind::Entity || in.kind == InputKind::Entities)
        m_filters.insert(key, resolveDataset(in.dataset, key));

    QJsonValue def = resolve(in.defaultValue, key, u"default"_s);
    if (def.isUndefined() && in.kind == InputKind::Boolean)
        def = false; // a toggle shows "off" and means it
    m_defaults.insert(key, def);

    // A choice made among entities or enum values that depend on other inputs no longer holds
    // once those inputs change: the default takes its place again.
    const bool stale = m_edited.contains(key)
        && ((dependencyChanged && (in.kind == InputKind::Entity || in.kind == InputKind::Entities))
            || (optionsChanged && in.kind == InputKind::Enum && !options.isEmpty()
                && validateInputValue(in, m_values.value(key), options).size() > 0));
    if (stale)
        m_edited.remove(key);
    if (!m_edited.contains(key))
        m_values.insert(key, def);
}

void FormState::evaluateRequired()
{
    m_required.clear();
    const QJsonValue list = resolve(m_inputs.required, QString(), u"required"_s);
    for (const QJsonValue &k : list.toArray())
        if (input(k.toString()))
            m_required.insert(k.toString());
}

QStringList FormState::evaluate(QSet<QString> changed, bool all)
{
    QStringList evaluated;
    for (const QString &key : std::as_const(m_evaluationOrder)) {
        const QSet<QString> &deps = m_dependsOn.value(key);
        const bool touched = deps.intersects(changed);
        if (!all && !touched)
            continue;
        const UserInput &in = *input(key);
        const bool explicitChange = std::any_of(in.dependsOn.begin(), in.dependsOn.end(),
                                                [&](const QString &d) { return changed.contains(d); });
        const QJsonValue before = m_values.value(key);
        evaluateInput(in, !all && explicitChange);
        if (m_values.value(key) != before)
            changed.insert(key);
        evaluated.append(key);
    }
    evaluateRequired();
    for (const UserInput &in : m_inputs.inputs)
        validate(in.key);
    return evaluated;
}

QStringList FormState::setValue(const QString &key, const QJsonValue &value)
{
    if (!input(key))
        return {};
    m_edited.insert(key);
    m_values.insert(key, value);
    QStringList evaluated = evaluate({key}, false);
    evaluated.prepend(key);
    return evaluated;
}

QStringList FormState::resetValue(const QString &key)
{
    if (!input(key))
        return {};
    m_edited.remove(key);
    m_values.insert(key, m_defaults.value(key));
    QStringList evaluated = evaluate({key}, false);
    evaluated.prepend(key);
    return evaluated;
}

bool FormState::isEmpty(const QString &key) const
{
    return isEmptyInputValue(m_values.value(key));
}

void FormState::validate(const QString &key)
{
    m_errors.remove(key);
    m_missing.remove(key);
    if (m_hidden.contains(key))
        return;
    if (isEmpty(key)) {
        if (m_required.contains(key)) {
            m_errors.insert(key, {u"Required"_s});
            m_missing.insert(key);
        }
        return;
    }
    const QStringList errors = validateInputValue(*input(key), m_values.value(key), m_options.value(key));
    if (!errors.isEmpty())
        m_errors.insert(key, errors);
}

bool FormState::isValid() const
{
    return m_errors.isEmpty();
}

bool FormState::isStepValid(int step) const
{
    if (step < 0 || step >= m_steps.size())
        return false;
    const QList<FormEntry> &entries = m_steps.at(step).entries;
    return std::none_of(entries.begin(), entries.end(), [&](const FormEntry &e) { return m_errors.contains(e.key); });
}

Problems FormState::problems() const
{
    Problems list;
    for (const UserInput &in : m_inputs.inputs) {
        const QString path = u"$.inputs."_s + in.key;
        for (const QString &e : m_errors.value(in.key))
            list.append(Problem::error(path, e));
        for (const QString &w : m_warnings.value(in.key))
            list.append(Problem::warning(path, w));
    }
    for (const QString &w : m_warnings.value(QString()))
        list.append(Problem::warning(u"$.required"_s, w));
    return list;
}

QJsonObject FormState::submission() const
{
    QJsonObject values;
    for (const UserInput &in : m_inputs.inputs)
        if (isVisible(in.key) && !isEmpty(in.key))
            values.insert(in.key, m_values.value(in.key));
    return values;
}

QJsonObject FormState::maskedSubmission() const
{
    QJsonObject values = submission();
    for (const QString &key : secretKeys())
        if (values.contains(key))
            values.insert(key, mask());
    return values;
}

QStringList FormState::secretKeys() const
{
    QStringList list;
    for (const UserInput &in : m_inputs.inputs)
        if (in.secret)
            list.append(in.key);
    return list;
}

} // namespace portolan
