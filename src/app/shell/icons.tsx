// Icons are decoration: hidden from assistive technology, named by the control that holds them.
export const iconProps = { 'aria-hidden': true, width: 20, height: 20, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;

export const CloseIcon = () => (
  <svg {...iconProps}>
    <path d="M6 6l12 12M18 6L6 18" />
  </svg>
);

export const BackIcon = () => (
  <svg {...iconProps} class="pb-flip-rtl">
    <path d="M15 5l-7 7 7 7" />
  </svg>
);

export const AlertIcon = () => (
  <svg {...iconProps} width={32} height={32}>
    <path d="M12 8v5M12 16.5v.5" />
    <circle cx="12" cy="12" r="9.5" />
  </svg>
);

export const ChevronIcon = () => (
  <svg {...iconProps} class="pb-flip-rtl">
    <path d="M9 5l7 7-7 7" />
  </svg>
);

export const SearchIcon = () => (
  <svg {...iconProps}>
    <circle cx="11" cy="11" r="7" />
    <path d="M20 20l-3.5-3.5" />
  </svg>
);
