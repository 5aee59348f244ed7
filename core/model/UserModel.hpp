#pragma once
#include <string>

namespace aifp {

// A serving model the user brought, stored in the project: its Hugging Face config.json text as
// given (the estimator reads the architecture from it) and where it came from.
struct UserModel {
    std::string id;
    std::string name;
    std::string configJson;
    std::string source;
    friend bool operator==(const UserModel&, const UserModel&) = default;
};

} // namespace aifp
