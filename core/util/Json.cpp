#include "core/util/Json.hpp"
#include "core/util/JsonStream.hpp"
#include "core/util/MessageText.hpp"
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <istream>
#include <limits>
#include <ostream>
#include <tuple>
#include <unordered_set>
#include <utility>

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

bool operator==(const Value& a, const Value& b) {
    if (a.isNumber() && b.isNumber()) {
        if (a.isInteger() && b.isInteger())
            return a.asInteger() == b.asInteger();
        if (!a.isInteger() && !b.isInteger())
            return a.asNumber() == b.asNumber();
        const std::int64_t i = a.isInteger() ? a.asInteger() : b.asInteger();
        const double d = a.isInteger() ? b.asNumber() : a.asNumber();
        // Whole and inside the int64 range (2^63 itself is not), then compared exactly.
        return d == std::floor(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0 &&
               static_cast<std::int64_t>(d) == i;
    }
    return a.data_ == b.data_;
}

std::int64_t Value::checkedInteger(unsigned long long n) {
    if (n > static_cast<unsigned long long>(std::numeric_limits<std::int64_t>::max()))
        throw std::overflow_error("json::Value: integer " + std::to_string(n) +
                                  " is above 2^63 - 1");
    return static_cast<std::int64_t>(n);
}

namespace {

// 2^53: the largest range in which every whole number is also an exact double.
constexpr std::int64_t kExactDoubleInteger = 9007199254740992LL;

constexpr int kMaxDepth = 256;

// The input of a parse: a whole text, or a stream read in chunks. Tracks the line and column
// (in bytes, from 1) of the next byte, counting every consumed newline.
class Source {
public:
    explicit Source(std::string_view text) : cur_(text.data()), end_(text.data() + text.size()) {}
    explicit Source(std::istream& in) : in_(&in), chunk_(std::size_t{1} << 16) {}

    // The next byte (0..255) or -1 at the end of the input.
    int peek() {
        if (cur_ == end_ && !refill())
            return -1;
        return static_cast<unsigned char>(*cur_);
    }
    // Consumes the byte peek() returned.
    void advance() {
        if (*cur_ == '\n') {
            ++line_;
            lineStart_ = offset() + 1;
        }
        ++cur_;
    }
    // The bytes available now without reading more (at least one when peek() != -1).
    std::string_view available() const {
        return std::string_view(cur_, static_cast<std::size_t>(end_ - cur_));
    }
    // Consumes n bytes of available() that hold no newline.
    void skipPlain(std::size_t n) { cur_ += n; }

    // Consumes spaces, tabs, carriage returns and newlines.
    void skipSpace() {
        for (;;) {
            if (cur_ == end_ && !refill())
                return;
            const char* p = cur_;
            for (; p != end_; ++p) {
                if (*p == '\n') {
                    ++line_;
                    lineStart_ = before_ + (p - chunkStart_) + 1;
                } else if (*p != ' ' && *p != '\t' && *p != '\r') {
                    break;
                }
            }
            cur_ = p;
            if (p != end_)
                return;
        }
    }

    // At least min bytes from the next one in one piece, fewer only at the end of the input (the
    // bytes not yet consumed move to the front of the buffer, which grows if need be).
    std::string_view window(std::size_t min) {
        std::size_t have = static_cast<std::size_t>(end_ - cur_);
        if (have >= min || !in_)
            return available();
        before_ = offset();
        if (chunk_.size() < min) {
            std::vector<char> bigger(std::max(min, 2 * chunk_.size()));
            std::copy(cur_, end_, bigger.data());
            chunk_.swap(bigger);
        } else {
            std::memmove(chunk_.data(), cur_, have);
        }
        chunkStart_ = cur_ = chunk_.data();
        while (have < min && *in_) {
            in_->read(chunk_.data() + have, static_cast<std::streamsize>(chunk_.size() - have));
            have += static_cast<std::size_t>(in_->gcount());
        }
        end_ = cur_ + have;
        return available();
    }

    struct Mark {
        int line;
        int column;
    };
    Mark mark() const { return {line_, static_cast<int>(offset() - lineStart_ + 1)}; }

private:
    std::int64_t offset() const { return before_ + (cur_ - chunkStart_); }

    bool refill() {
        if (!in_ || !*in_)
            return false;
        before_ = offset();
        in_->read(chunk_.data(), static_cast<std::streamsize>(chunk_.size()));
        const auto got = static_cast<std::size_t>(in_->gcount());
        chunkStart_ = cur_ = chunk_.data();
        end_ = cur_ + got;
        return got > 0;
    }

    const char* cur_ = nullptr;
    const char* end_ = nullptr;
    const char* chunkStart_ = cur_;
    std::int64_t before_ = 0; // bytes consumed in earlier chunks
    std::istream* in_ = nullptr;
    std::vector<char> chunk_;
    int line_ = 1;
    std::int64_t lineStart_ = 0; // offset of the first byte of the current line
};

// RFC 8259 section 4: names SHOULD be unique; a document with two values for one name means
// different things to different readers, so it is refused. Linear up to 16 keys, then hashed.
class KeySet {
public:
    void clear() {
        small_.clear();
        hashed_.clear();
    }
    // False when key was already in the set.
    bool insert(const std::string& key) {
        if (hashed_.empty() && small_.size() < 16) {
            for (const auto& k : small_)
                if (k == key)
                    return false;
            small_.push_back(key);
            return true;
        }
        if (hashed_.empty())
            hashed_.insert(small_.begin(), small_.end());
        return hashed_.insert(key).second;
    }

private:
    std::vector<std::string> small_;
    std::unordered_set<std::string> hashed_;
};

class Parser {
public:
    explicit Parser(std::string_view text) : in_(text) {}
    explicit Parser(std::istream& stream) : in_(stream) {}

    Value parseDocument() {
        Value v = parseValue();
        finish();
        return v;
    }

    void finish() {
        skipSpace();
        if (in_.peek() != -1)
            fail("unexpected text after the JSON value");
    }

    // --- entered containers (one frame per open object or array) --------------------------
    StreamReader::Next peek() {
        skipSpace();
        const int c = in_.peek();
        if (c == -1)
            fail("unexpected end of input");
        return c == '{'   ? StreamReader::Next::Object
               : c == '[' ? StreamReader::Next::Array
                          : StreamReader::Next::Scalar;
    }

    void beginObject() { enter('{', true); }
    void beginArray() { enter('[', false); }

    bool nextKey(std::string& key) {
        Frame& f = frames_[depth_ - 1];
        skipSpace();
        if (f.first) {
            f.first = false;
            if (in_.peek() == '}')
                return leave();
        } else if (in_.peek() == ',') {
            in_.advance();
        } else if (in_.peek() == '}') {
            return leave();
        } else {
            fail("expected ',' or '}' in object");
        }
        skipSpace();
        if (in_.peek() != '"')
            fail("expected a string key");
        const Source::Mark keyAt = in_.mark();
        parseString(key);
        if (!f.keys.insert(key))
            fail("duplicate key " + quotedValue(key), keyAt);
        skipSpace();
        if (in_.peek() != ':')
            fail("expected ':' after key " + quotedValue(key));
        in_.advance();
        return true;
    }

    bool nextElement() {
        Frame& f = frames_[depth_ - 1];
        skipSpace();
        if (f.first) {
            f.first = false;
            return in_.peek() == ']' ? leave() : true;
        }
        if (in_.peek() == ',') {
            in_.advance();
            return true;
        }
        if (in_.peek() == ']')
            return leave();
        fail("expected ',' or ']' in array");
    }

    // --- whole values ---------------------------------------------------------------------
    Value parseValue() {
        Value v;
        readValue(&v);
        return v;
    }
    void skipValue() { readValue(nullptr); }

private:
    struct Frame {
        bool first = true;
        KeySet keys;
    };

    [[noreturn]] void fail(const std::string& what) const { fail(what, in_.mark()); }
    [[noreturn]] static void fail(const std::string& what, Source::Mark at) {
        throw ParseError("line " + std::to_string(at.line) + ", column " +
                             std::to_string(at.column) + ": " + what,
                         at.line, at.column);
    }

    void enter(char open, bool object) {
        skipSpace();
        if (in_.peek() != open)
            fail(std::string("expected '") + open + "'");
        in_.advance();
        if (frames_.size() <= depth_)
            frames_.emplace_back();
        Frame& f = frames_[depth_++];
        f.first = true;
        if (object)
            f.keys.clear();
    }
    bool leave() {
        in_.advance(); // the closing bracket
        --depth_;
        return false;
    }

    void skipSpace() { in_.skipSpace(); }

    // Reads the next value into *out, or only checks it when out is null.
    void readValue(Value* out) {
        skipSpace();
        if (depth_ > kMaxDepth)
            fail("nesting deeper than 256 levels");
        const int c = in_.peek();
        if (c == -1)
            fail("unexpected end of input");
        if (c == '{') {
            Value::Object obj;
            std::string key;
            beginObject();
            while (nextKey(key)) {
                if (out) {
                    obj.emplace_back(std::piecewise_construct,
                                     std::forward_as_tuple(std::move(key)),
                                     std::forward_as_tuple()); // no temporary Value
                    readValue(&obj.back().second);
                } else {
                    readValue(nullptr);
                }
            }
            if (out)
                *out = Value(std::move(obj));
        } else if (c == '[') {
            Value::Array arr;
            beginArray();
            while (nextElement()) {
                if (out) {
                    arr.emplace_back();
                    readValue(&arr.back());
                } else {
                    readValue(nullptr);
                }
            }
            if (out)
                *out = Value(std::move(arr));
        } else if (c == '"') {
            parseString(scratch_);
            if (out)
                *out = Value(scratch_);
        } else if (c == 't' || c == 'f' || c == 'n') {
            const char* literal = c == 't' ? "true" : c == 'f' ? "false" : "null";
            const Source::Mark at = in_.mark();
            for (const char* p = literal; *p; ++p) {
                if (in_.peek() != *p)
                    fail("unexpected character " + quotedValue(std::string(1, char(c))), at);
                in_.advance();
            }
            if (out)
                *out = c == 'n' ? Value() : Value(c == 't');
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            parseNumber(out);
        } else {
            fail("unexpected character " + quotedValue(std::string(1, char(c))));
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
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = in_.peek();
            if (h == -1)
                fail("truncated \\u escape");
            in_.advance();
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

    void parseString(std::string& out) {
        out.clear();
        in_.advance(); // opening quote
        for (;;) {
            const int c = in_.peek(); // also reads the next chunk when this one is used up
            if (c == -1)
                fail("unterminated string");
            // A run of plain ASCII (no quote, backslash or control character) in one step.
            const std::string_view run = in_.available();
            std::size_t n = 0;
            while (n < run.size()) {
                const auto u = static_cast<unsigned char>(run[n]);
                if (u < 0x20 || u >= 0x80 || u == '"' || u == '\\')
                    break;
                ++n;
            }
            if (n > 0) {
                out.append(run.data(), n);
                in_.skipPlain(n);
                continue;
            }
            if (c == '"') {
                in_.advance();
                return;
            }
            if (c < 0x20) {
                in_.advance();
                fail("control character in string");
            }
            if (c != '\\') {
                // Raw text must be valid UTF-8 (RFC 8259 section 8.1).
                const Source::Mark start = in_.mark();
                const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
                char bytes[4];
                for (std::size_t i = 0; i < len; ++i) {
                    const int b = in_.peek();
                    if (b == -1 || len == 1)
                        fail("invalid UTF-8 in string", start);
                    bytes[i] = static_cast<char>(b);
                    in_.advance();
                }
                if (!isValidUtf8(std::string_view(bytes, len)))
                    fail("invalid UTF-8 in string", start);
                out.append(bytes, len);
                continue;
            }
            in_.advance(); // backslash
            const int e = in_.peek();
            if (e == -1)
                fail("unterminated escape");
            in_.advance();
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
                    const Source::Mark after = in_.mark();
                    if (in_.peek() != '\\')
                        fail("unpaired surrogate in \\u escape", after);
                    in_.advance();
                    if (in_.peek() != 'u')
                        fail("unpaired surrogate in \\u escape", after);
                    in_.advance();
                    const std::uint32_t lo = parseHex4();
                    if (lo < 0xDC00 || lo > 0xDFFF)
                        fail("bad low surrogate in \\u escape");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                fail("unknown escape " + quotedValue(std::string("\\") + static_cast<char>(e)));
            }
        }
    }

    void parseNumber(Value* out) {
        // The longest run of number characters, in one piece (a number may cross a chunk).
        auto numberChar = [](char c) {
            return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' ||
                   c == 'E';
        };
        std::string_view w = in_.available();
        std::size_t n = 0;
        for (;;) {
            while (n < w.size() && numberChar(w[n]))
                ++n;
            if (n < w.size())
                break;
            const std::string_view more = in_.window(w.size() + 64);
            if (more.size() == w.size())
                break; // the end of the input
            w = more;
        }
        // RFC 8259 section 6: -? digits (. digits)? ([eE] [+-]? digits)?
        const std::string_view s = w.substr(0, n);
        std::size_t i = 0;
        bool integer = true;
        auto digits = [&] {
            const std::size_t b = i;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9')
                ++i;
            return i - b;
        };
        bool ok = true;
        if (i < s.size() && s[i] == '-')
            ++i;
        ok = digits() > 0;
        if (ok && i < s.size() && s[i] == '.') {
            integer = false;
            ++i;
            ok = digits() > 0;
        }
        if (ok && i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
            integer = false;
            ++i;
            if (i < s.size() && (s[i] == '+' || s[i] == '-'))
                ++i;
            ok = digits() > 0;
        }
        const Source::Mark start = in_.mark();
        const std::string_view text = s.substr(0, i);
        in_.skipPlain(i); // a number holds no newline
        if (!ok)
            fail("malformed number");
        if (integer) {
            // Exact: an id or a count. Beyond the 64-bit range it could only be rounded.
            std::int64_t v = 0;
            const auto res = std::from_chars(text.data(), text.data() + text.size(), v);
            if (res.ec != std::errc() || res.ptr != text.data() + text.size())
                fail("whole number " + quotedValue(text) +
                         " is outside the 64-bit integer range (-2^63 to 2^63 - 1) and cannot "
                         "be held exactly",
                     start);
            if (out)
                *out = Value(static_cast<long long>(v));
            return;
        }
        double v = 0.0;
        const auto res = std::from_chars(text.data(), text.data() + text.size(), v);
        if (res.ec != std::errc())
            fail("number out of range");
        if (out)
            *out = Value(v);
    }

    Source in_;
    std::vector<Frame> frames_;
    std::size_t depth_ = 0;
    std::string scratch_;
};

void writeString(std::string& out, std::string_view s) {
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
    // From 2^53 on, a whole double is written with an exponent (shortest round-trip digits):
    // without one it would read back as an integer, which is exact and this is not.
    const auto res = std::fabs(d) >= static_cast<double>(kExactDoubleInteger)
                         ? std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific)
                         : std::to_chars(buf, buf + sizeof buf, d);
    out.append(buf, res.ptr);
}

void writeInteger(std::string& out, std::int64_t n) {
    // Up to 2^53 exactly as the double of the same value (files keep their bytes: 100000 is
    // written 1e+05, which every reader takes as the same number); beyond, all the digits.
    if (n >= -kExactDoubleInteger && n <= kExactDoubleInteger) {
        writeNumber(out, static_cast<double>(n));
        return;
    }
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, res.ptr);
}

} // namespace

// --- StreamReader ---------------------------------------------------------------------------

struct StreamReader::Impl {
    explicit Impl(std::istream& in) : parser(in) {}
    explicit Impl(std::string_view text) : parser(text) {}
    Parser parser;
};

StreamReader::StreamReader(std::istream& in) : impl_(std::make_unique<Impl>(in)) {}
StreamReader::StreamReader(std::string_view text) : impl_(std::make_unique<Impl>(text)) {}
StreamReader::~StreamReader() = default;
StreamReader::Next StreamReader::peek() {
    return impl_->parser.peek();
}
void StreamReader::beginObject() {
    impl_->parser.beginObject();
}
bool StreamReader::nextKey(std::string& key) {
    return impl_->parser.nextKey(key);
}
void StreamReader::beginArray() {
    impl_->parser.beginArray();
}
bool StreamReader::nextElement() {
    return impl_->parser.nextElement();
}
Value StreamReader::value() {
    return impl_->parser.parseValue();
}
void StreamReader::skipValue() {
    impl_->parser.skipValue();
}
void StreamReader::finish() {
    impl_->parser.finish();
}

// --- StreamWriter ---------------------------------------------------------------------------

StreamWriter::StreamWriter(std::ostream& out, int indent)
    : out_(&out), indent_(indent), buf_(own_) {
    buf_.reserve(kFlushBytes + 4096);
}
StreamWriter::StreamWriter(std::string& text, int indent) : indent_(indent), buf_(text) {}

StreamWriter::~StreamWriter() = default;

void StreamWriter::flush() {
    if (!out_)
        return;
    out_->write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
    if (!*out_)
        throw std::runtime_error("cannot write the JSON text");
}

void StreamWriter::newline(int level) {
    if (indent_ < 0)
        return;
    buf_ += '\n';
    buf_.append(static_cast<std::size_t>(indent_ * level), ' ');
}

void StreamWriter::beforeValue() {
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (stack_.empty())
        return;
    Level& l = stack_.back();
    if (!l.empty)
        buf_ += ',';
    l.empty = false;
    newline(static_cast<int>(stack_.size()));
    if (out_ && buf_.size() >= kFlushBytes)
        flush();
}

void StreamWriter::open(char bracket, bool object) {
    beforeValue();
    buf_ += bracket;
    stack_.push_back({object, true});
}
void StreamWriter::close(char bracket) {
    const bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty)
        newline(static_cast<int>(stack_.size()));
    buf_ += bracket;
}
void StreamWriter::beginObject() {
    open('{', true);
}
void StreamWriter::endObject() {
    close('}');
}
void StreamWriter::beginArray() {
    open('[', false);
}
void StreamWriter::endArray() {
    close(']');
}
void StreamWriter::key(std::string_view k) {
    beforeValue();
    writeString(buf_, k);
    buf_ += indent_ < 0 ? ":" : ": ";
    afterKey_ = true;
}
void StreamWriter::null() {
    beforeValue();
    buf_ += "null";
}
void StreamWriter::value(bool b) {
    beforeValue();
    buf_ += b ? "true" : "false";
}
void StreamWriter::value(double d) {
    beforeValue();
    writeNumber(buf_, d);
}
void StreamWriter::integer(std::int64_t n) {
    beforeValue();
    writeInteger(buf_, n);
}
void StreamWriter::value(std::string_view s) {
    beforeValue();
    writeString(buf_, s);
}
void StreamWriter::value(const Value& v) {
    if (v.isNull()) {
        null();
    } else if (v.isBool()) {
        value(v.asBool());
    } else if (v.isInteger()) {
        integer(v.asInteger());
    } else if (v.isNumber()) {
        value(v.asNumber());
    } else if (v.isString()) {
        value(std::string_view(v.asString()));
    } else if (v.isArray()) {
        beginArray();
        for (const Value& e : v.asArray())
            value(e);
        endArray();
    } else {
        beginObject();
        for (const auto& [k, e] : v.asObject()) {
            key(k);
            value(e);
        }
        endObject();
    }
}

// --- whole documents ------------------------------------------------------------------------

Value parse(std::string_view text) {
    return Parser(text).parseDocument();
}

std::string write(const Value& v, int indent) {
    std::string out;
    StreamWriter w(out, indent);
    w.value(v);
    return out;
}

} // namespace aifp::json
