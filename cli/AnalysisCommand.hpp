#pragma once
#include "cli/Command.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/util/Json.hpp"
#include <exception>
#include <ostream>

namespace aifp::cli {

// The steps of a command that analyses one project (risks, sensitivity): opens FILE (with
// --variant), runs analyse(design, catalog) with the catalog the design sees (the built-in one
// and the design's own entries); any refusal of the engines becomes a UsageError naming FILE;
// prints the result as JSON (--format json) or as text.
template <class Analyse, class ToJson, class ToText>
int printAnalysis(const Args& args, std::ostream& out, Analyse analyse, ToJson toJson,
                  ToText toText) {
    const std::string& path = args.positional().at(0);
    const Design design = openDesign(args, path);
    const Catalog catalog = Catalog::builtin().withUserEntries(design.userCatalog);
    const auto result =
        refusalAsUsage<std::exception>([&] { return analyse(design, catalog); }, path + ": ");
    if (args.format() == "json")
        printJson(out, toJson(result));
    else
        out << toText(result);
    return kExitOk;
}

} // namespace aifp::cli
