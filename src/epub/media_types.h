#pragma once
// The image formats an EPUB may carry here (PNG, JPEG, SVG): recognising them by file
// extension and checking that the bytes really are what the extension claims.
#include <optional>
#include <string>
#include <string_view>

namespace quire::epub {

enum class ImageFormat { Png, Jpeg, Svg };

// The format a file name's extension names (case-insensitive), or nullopt.
std::optional<ImageFormat> image_format_from_name(std::string_view file_name);

// "image/png", "image/jpeg", "image/svg+xml".
std::string_view media_type(ImageFormat format);

// "PNG", "JPEG", "SVG", for messages.
std::string_view format_name(ImageFormat format);

// The canonical extension, without the dot: "png", "jpg", "svg".
std::string_view extension(ImageFormat format);

// Empty when `data` is a plausible file of `format`; otherwise a lower-case reason.
std::string check_image_bytes(ImageFormat format, std::string_view data);

}  // namespace quire::epub
