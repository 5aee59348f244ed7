#include "ui/document/TextLineCheck.hpp"
#include "core/model/DesignLimits.hpp"
#include "core/util/MessageText.hpp"
#include <QObject>

namespace aifp::ui {

namespace {

QString quoted(const std::string& value) {
    return QString::fromStdString(quotedValue(value));
}

} // namespace

QString checkTextLine(const QString& field, const std::string& value) {
    if (value.size() > limits::kMaxNameBytes)
        return QObject::tr("%1: %2 bytes is too long (the limit is %3)")
            .arg(field)
            .arg(value.size())
            .arg(limits::kMaxNameBytes);
    if (!isValidUtf8(value))
        return QObject::tr("%1: %2 is not valid UTF-8 text").arg(field, quoted(value));
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7F)
            return QObject::tr("%1: %2 contains a control character").arg(field, quoted(value));
    }
    return {};
}

} // namespace aifp::ui
