// Icons are decoration: hidden from assistive technology, named by the control that holds them.
const common = { 'aria-hidden': true, width: 20, height: 20, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;

export const CloseIcon = () => (
  <svg {...common}>
    <path d="M6 6l12 12M18 6L6 18" />
  </svg>
);

export const BackIcon = () => (
  <svg {...common} class="pb-flip-rtl">
    <path d="M15 5l-7 7 7 7" />
  </svg>
);

export const ChevronIcon = () => (
  <svg {...common} class="pb-flip-rtl">
    <path d="M9 5l7 7-7 7" />
  </svg>
);

export const SearchIcon = () => (
  <svg {...common}>
    <circle cx="11" cy="11" r="7" />
    <path d="M20 20l-3.5-3.5" />
  </svg>
);

export const CheckIcon = () => (
  <svg {...common} width={32} height={32}>
    <path d="M5 12.5l4.5 4.5L19 7.5" />
  </svg>
);

export const AlertIcon = () => (
  <svg {...common} width={32} height={32}>
    <path d="M12 8v5M12 16.5v.5" />
    <circle cx="12" cy="12" r="9.5" />
  </svg>
);

export const ExternalIcon = () => (
  <svg {...common} width={16} height={16} class="pb-flip-rtl">
    <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
  </svg>
);
