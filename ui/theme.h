// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace mws::ui {

enum class Theme
{
    System,
    Light,
    Dark
};

// The theme the user chose last (System when none).
Theme savedTheme();
// Applies a light or dark palette (Fusion style) or the system's; remember saves the choice.
void applyTheme(Theme theme, bool remember = false);

} // namespace mws::ui
