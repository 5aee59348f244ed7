#include "cli/ProjectVariants.hpp"
#include "cli/Command.hpp"
#include "core/util/MessageText.hpp"

namespace aifp::cli {

Project openWholeProject(const std::string& path) {
    try {
        return openProjectFile(path);
    } catch (const ProjectFileError& e) {
        throw UsageError(e.what());
    }
}

void saveWholeProject(const Project& project, const std::string& path) {
    try {
        saveProject(project, path);
    } catch (const ProjectFileError& e) {
        throw UsageError(e.what());
    }
}

std::size_t variantIndex(const Project& project, const std::string& path, const std::string& name) {
    for (std::size_t i = 0; i < project.variants.size(); ++i)
        if (project.variants[i].name == name)
            return i;
    throw UsageError(path + ": no variant " + quotedValue(name) +
                     " (the variants are: " + project.names() + ")");
}

Design variantDesign(const Project& project, std::size_t i, const std::string& path) {
    const Variant& v = project.variants[i];
    if (v.design)
        return *v.design;
    try {
        return openVariantImage(*v.image, path, v.name);
    } catch (const ProjectFileError& e) {
        throw UsageError(e.what());
    }
}

void requireNewVariantName(const Project& project, const std::string& name) {
    if (const std::string problem = variantNameProblem(project, name); !problem.empty())
        throw UsageError(quotedValue(name) + ": " + problem);
}

void requireRoomForVariant(const Project& project, const std::string& path) {
    if (project.variants.size() >= kMaxVariants)
        throw UsageError(path + ": has " + std::to_string(project.variants.size()) +
                         " variants already (the limit of a project)");
}

Variant newVariant(const std::string& name, const std::string& fromName,
                   const std::string& description) {
    Variant v;
    v.name = name;
    v.description = description;
    v.createdFrom = fromName;
    v.createdAt = todayIsoDate();
    return v;
}

} // namespace aifp::cli
