#include "core/util/Json.hpp"
#include "core/util/MessageText.hpp"
#include <charconv>
#include <cmath>
#include <cstring>
#include <unordered_set>

namespace aifp::json {

const Value* Value::find(const std::string& key) const {
    if (!isObject())
        return nullptr;
    for (const auto& [k, v] : asObject())
        if (k == key)
            return &v;
    return nullptr;
}

Value& Value::set(const std::string& key, Value v) {
    if (!isObject())
        data_ = Object{};
    for (auto& [k, old] : asObject())
        if (k == key) {
            old = std::move(v);
            return *this;
        }
    asObject().emplace_back(key, std::move(v));
    return *this;
}

Value& Value::push(Value v) {
    if (!isArray())
        data_ = Array{};
    asArray().push_back(std::move(v));
    return *this;
}

namespace {

class Parser {
public:
    explicit Parser(const std::string& text) : s_(text) {}

    Value parseDocument() {
        skipSpace();
        Value v = parseValue(0);
        skipSpace();
        if (pos_ != s_.size())
            fail("unexpected text after the JSON value");
        return v;
    }

private:
    static constexpr int kMaxDepth = 256;

    [[noreturn]] void fail(const std::string& what) const {
        int line = 1, column = 1;
        for (std::size_t i = 0; i < pos_ && i < s_.size(); ++i) {
            if (s_[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        throw ParseError("line " + std::to_string(line) + ", column " + std::to_string(column) +
                             ": " + what,
                         line, column);
    }

    void skipSpace() {
        while (pos_ < s_.size() &&
               (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
            ++pos_;
    }

    bool consume(const char* literal) {
        const std::size_t n = std::strlen(literal);
        if (s_.compare(pos_, n, literal) == 0) {
            pos_ += n;
            return true;
        }
        return false;
    }

    Value parseValue(int depth) {
        if (depth > kMaxDepth)
            fail("nesting deeper than 256 levels");
        if (pos_ >= s_.size())
            fail("unexpected end of input");
        const char c = s_[pos_];
        if (c == '{')
            return parseObject(depth);
        if (c == '[')
            return parseArray(depth);
        if (c == '"')
            return Value(parseString());
        if (consume("true"))
            return Value(true);
        if (consume("false"))
            return Value(false);
        if (consume("null"))
            return Value();
        if (c == '-' || (c >= '0' && c <= '9'))
            return Value(parseNumber());
        fail("unexpected character " + quotedValue(std::string_view(&c, 1)));
    }

    Value parseObject(int depth) {
        ++pos_; // {
        Value::Object obj;
        std::unordered_set<std::string> keys; // filled once the object has 16 keys
        skipSpace();
        if (pos_ < s_.size() && s_[pos_] == '}') {
            ++pos_;
            return Value(std::move(obj));
        }
        for (;;) {
            skipSpace();
            if (pos_ >= s_.size() || s_[pos_] != '"')
                fail("expected a string key");
            const std::size_t keyAt = pos_;
            std::string key = parseString();
            // RFC 8259 section 4: names SHOULD be unique; a document with two values for one
            // name means different things to different readers, so it is refused.
            bool duplicate = false;
            if (obj.size() < 16) {
                for (const auto& [k, v] : obj)
                    duplicate = duplicate || k == key;
            } else {
                if (keys.empty())
                    for (const auto& [k, v] : obj)
                        keys.insert(k);
                duplicate = !keys.insert(key).second;
            }
            if (duplicate) {
                pos_ = keyAt;
                fail("duplicate key " + quotedValue(key));
            }
            skipSpace();
            if (pos_ >= s_.size() || s_[pos_] != ':')
                fail("expected ':' after key " + quotedValue(key));
            ++pos_;
            skipSpace();
            obj.emplace_back(std::move(key), parseValue(depth + 1));
            skipSpace();
            if (pos_ < s_.size() && s_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < s_.size() && s_[pos_] == '}') {
                ++pos_;
                return Value(std::move(obj));
            }
            fail("expected ',' or '}' in object");
        }
    }

    Value parseArray(int depth) {
        ++pos_; // [
        Value::Array arr;
        skipSpace();
        if (pos_ < s_.size() && s_[pos_] == ']') {
            ++pos_;
            return Value(std::move(arr));
        }
        for (;;) {
            skipSpace();
            arr.push_back(parseValue(depth + 1));
            skipSpace();
            if (pos_ < s_.size() && s_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < s_.size() && s_[pos_] == ']') {
                ++pos_;
                return Value(std::move(arr));
            }
            fail("expected ',' or ']' in array");
        }
    }

    static void appendUtf8(std::string& out, std::uint32_t cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    std::uint32_t parseHex4() {
        if (pos_ + 4 > s_.size())
            fail("truncated \\u escape");
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = s_[pos_++];
            v <<= 4;
            if (h >= '0' && h <= '9')
                v |= static_cast<std::uint32_t>(h - '0');
            else if (h >= 'a' && h <= 'f')
                v |= static_cast<std::uint32_t>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                v |= static_cast<std::uint32_t>(h - 'A' + 10);
            else
                fail("bad hex digit in \\u escape");
        }
        return v;
    }

    std::string parseString() {
        ++pos_; // opening quote
        std::string out;
        for (;;) {
            if (pos_ >= s_.size())
                fail("unterminated string");
            const char c = s_[pos_++];
            if (c == '"')
                return out;
            if (static_cast<unsigned char>(c) < 0x20)
                fail("control character in string");
            if (c != '\\') {
                // Raw text must be valid UTF-8 (RFC 8259 section 8.1).
                const auto u = static_cast<unsigned char>(c);
                if (u < 0x80) {
                    out += c;
                    continue;
                }
                const std::size_t n = u >= 0xF0 ? 4 : u >= 0xE0 ? 3 : u >= 0xC0 ? 2 : 1;
                const std::size_t start = pos_ - 1;
                if (n == 1 || start + n > s_.size() ||
                    !isValidUtf8(std::string_view(s_).substr(start, n))) {
                    pos_ = start;
                    fail("invalid UTF-8 in string");
                }
                out.append(s_, start, n);
                pos_ = start + n;
                continue;
            }
            if (pos_ >= s_.size())
                fail("unterminated escape");
            const char e = s_[pos_++];
            switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                std::uint32_t cp = parseHex4();
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    fail("unpaired surrogate in \\u escape");
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (!consume("\\u"))
                        fail("unpaired surrogate in \\u escape");
                    const std::uint32_t lo = parseHex4();
                    if (lo < 0xDC00 || lo > 0xDFFF)
                        fail("bad low surrogate in \\u escape");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                fail("unknown escape " + quotedValue(std::string("\\") + e));
            }
        }
    }

    double parseNumber() {
        const std::size_t start = pos_;
        if (s_[pos_] == '-')
            ++pos_;
        auto digits = [this] {
            const std::size_t b = pos_;
            while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9')
                ++pos_;
            return pos_ - b;
        };
        if (digits() == 0)
            fail("malformed number");
        bool fraction = false;
        if (pos_ < s_.size() && s_[pos_] == '.') {
            fraction = true;
            ++pos_;
            if (digits() == 0)
                fail("malformed number");
        }
        if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
            fraction = true;
            ++pos_;
            if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-'))
                ++pos_;
            if (digits() == 0)
                fail("malformed number");
        }
        double v = 0.0;
        const auto res = std::from_chars(s_.data() + start, s_.data() + pos_, v);
        if (res.ec != std::errc())
            fail("number out of range");
        // A whole number written without fraction or exponent is an id or a count: it must be
        // exact, so only integers up to 2^53 (the largest an IEEE double holds exactly).
        bool inexact = false;
        if (!fraction && std::fabs(v) >= 9007199254740992.0) {
            // Doubles round near 2^53: decide on the exact digits (2^53 itself is fine).
            const char* first = s_.data() + start + (s_[start] == '-' ? 1 : 0);
            std::uint64_t exact = 0;
            const auto r = std::from_chars(first, s_.data() + pos_, exact);
            inexact = r.ec != std::errc() || exact > 9007199254740992ull;
        }
        if (inexact) {
            pos_ = start;
            fail("whole number " + quotedValue(s_.substr(start, res.ptr - (s_.data() + start))) +
                 " is larger than 2^53 and cannot be held exactly");
        }
        return v;
    }

    const std::string& s_;
    std::size_t pos_ = 0;
};

void writeString(std::string& out, const std::string& s) {
    out += '"';
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void writeNumber(std::string& out, double d) {
    if (!std::isfinite(d)) {
        out += "null";
        return;
    }
    if (d == 0.0) {
        out += '0'; // also folds -0
        return;
    }
    char buf[64];
    // From 2^53 on, a whole number is written with an exponent (shortest round-trip digits):
    // the reader refuses exponent-free integers above 2^53, which could not be held exactly.
    const auto res = std::fabs(d) >= 9007199254740992.0
                         ? std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific)
                         : std::to_chars(buf, buf + sizeof buf, d);
    out.append(buf, res.ptr);
}

void writeValue(std::string& out, const Value& v, int indent, int level) {
    auto newline = [&](int lvl) {
        if (indent < 0)
            return;
        out += '\n';
        out.append(static_cast<std::size_t>(indent * lvl), ' ');
    };
    if (v.isNull()) {
        out += "null";
    } else if (v.isBool()) {
        out += v.asBool() ? "true" : "false";
    } else if (v.isNumber()) {
        writeNumber(out, v.asNumber());
    } else if (v.isString()) {
        writeString(out, v.asString());
    } else if (v.isArray()) {
        const auto& a = v.asArray();
        if (a.empty()) {
            out += "[]";
            return;
        }
        out += '[';
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            newline(level + 1);
            writeValue(out, a[i], indent, level + 1);
        }
        newline(level);
        out += ']';
    } else {
        const auto& o = v.asObject();
        if (o.empty()) {
            out += "{}";
            return;
        }
        out += '{';
        for (std::size_t i = 0; i < o.size(); ++i) {
            if (i)
                out += ',';
            newline(level + 1);
            writeString(out, o[i].first);
            out += indent < 0 ? ":" : ": ";
            writeValue(out, o[i].second, indent, level + 1);
        }
        newline(level);
        out += '}';
    }
}

} // namespace

Value parse(const std::string& text) {
    return Parser(text).parseDocument();
}

std::string write(const Value& v, int indent) {
    std::string out;
    writeValue(out, v, indent, 0);
    return out;
}

} // namespace aifp::json
