#include "core/util/JsonShapes.hpp"
#include <iterator>
#include <stdexcept>
#include <utility>

namespace aifp::json {

Value object(Value::Object fields) {
    for (auto it = fields.begin(); it != fields.end(); ++it)
        for (auto later = std::next(it); later != fields.end(); ++later)
            if (later->first == it->first)
                throw std::logic_error("json::object: key '" + it->first + "' given twice");
    return Value(std::move(fields));
}

void setFields(Value& object, Value::Object fields) {
    for (auto& [key, value] : fields)
        object.set(key, std::move(value));
}

} // namespace aifp::json
